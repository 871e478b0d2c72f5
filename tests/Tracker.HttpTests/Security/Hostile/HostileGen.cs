using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Tracker.HttpTests.Security.Hostile;

/// <summary>
/// CsCheck generators of hostile requests against every ingest, command and query endpoint. A command starts from a
/// valid body (<see cref="Template"/>) and is broken in one to four ways: fields set to hostile values or dropped,
/// unknown fields, items duplicated or reordered, oversize batches, cut or garbage JSON, a wrong content type, deep
/// nesting. In the targeted pass the body names the seeded objects and one required field is always set to an object,
/// so that the request must be refused; in the free pass the objects are fresh and anything goes.
/// </summary>
public sealed class HostileGen(Party a, Party b)
{
    private const string Breaker = "{\"hostile\":[1]}";
    private readonly IReadOnlyList<Template> _templates = Template.All(a, b);

    /// <summary>(route, path with {} for the route value, caller, query parameters).</summary>
    private static readonly (string Route, string Path, string Caller, string[] Query)[] Queries =
    [
        ("GET /api/v1/consignments/", "/api/v1/consignments/", Callers.CustomsX, ["mode", "status", "office", "page"]),
        ("GET /api/v1/consignments/{id}", "/api/v1/consignments/{}", Callers.TenantA, []),
        ("GET /api/v1/consignments/{id}/track", "/api/v1/consignments/{}/track", Callers.Control, ["from", "to"]),
        ("GET /api/v1/containers", "/api/v1/containers", Callers.TenantA, ["status", "q", "page"]),
        ("GET /api/v1/containers/{number}", "/api/v1/containers/{}", Callers.CustomsX, []),
        ("GET /api/v1/vessels/{imo}", "/api/v1/vessels/{}", Callers.Control, []),
        ("GET /api/v1/alerts/", "/api/v1/alerts/", Callers.CustomsX, ["status", "office", "type", "severity", "since", "until", "page", "limit"]),
        ("GET /api/v1/alerts/counts", "/api/v1/alerts/counts", Callers.Control, ["office"]),
        ("GET /api/v1/alerts/{id}", "/api/v1/alerts/{}", Callers.Control, []),
        ("GET /api/v1/stats/supervision", "/api/v1/stats/supervision", Callers.Control, ["office", "from", "to"]),
        ("GET /api/v1/arrival-deletions/", "/api/v1/arrival-deletions/", Callers.TenantA, ["status", "container", "page", "limit"]),
        ("GET /api/v1/arrival-deletions/{id}", "/api/v1/arrival-deletions/{}", Callers.Terminal, []),
        ("GET /api/v1/arrival-deletions/{id}/attachments/{attachmentId}", "/api/v1/arrival-deletions/{}/attachments/{}", Callers.TenantA, []),
        ("GET /api/v1/map/corridors", "/api/v1/map/corridors", Callers.CustomsX, ["mode"]),
        ("GET /api/v1/connections", "/api/v1/connections", Callers.Control, []),
    ];

    /// <summary>A hostile read: every route value and every query parameter hostile or missing.</summary>
    public static Gen<HostileRequest> Query =>
        from q in Gen.OneOf(Queries)
        from routeValues in HostileValues.Text.Array[2]
        from values in HostileValues.Text.Array[8]
        from present in Gen.Bool.Array[8]
        select Read(q, routeValues, values, present);

    /// <summary>A hostile command; <paramref name="targeted"/>: at the seeded objects, and surely refused.</summary>
    public Gen<HostileRequest> Command(bool targeted) =>
        from index in Gen.Int[0, _templates.Count - 1]
        from kinds in Gen.Int[0, targeted ? 6 : 10].Array[1, 4]
        from values in HostileValues.Json.Array[4]
        from field in Gen.Int[0, 1000]
        from size in Gen.Int[2, 60]
        from cut in Gen.Double[0.01, 0.99]
        select Write(_templates[index], targeted, kinds, values, field, size, cut);

    private static HostileRequest Read((string Route, string Path, string Caller, string[] Query) q, string[] routeValues, string[] values, bool[] present)
    {
        var path = new StringBuilder();
        var parts = q.Path.Split("{}");
        for (var i = 0; i < parts.Length; i++)
        {
            path.Append(parts[i]);
            if (i < parts.Length - 1)
            {
                path.Append(HostileValues.Escape(routeValues[i]));
            }
        }

        var query = q.Query.Select((name, i) => present[i] ? $"{name}={HostileValues.Escape(values[i])}" : null).OfType<string>().ToList();
        if (query.Count > 0)
        {
            path.Append('?').Append(string.Join('&', query));
        }

        return new HostileRequest(q.Route, "GET", path.ToString(), q.Caller, null);
    }

    private enum Shape
    {
        Plain,
        Repeated,
        Wrapped,
        Oversize,
    }

    private static HostileRequest Write(Template template, bool targeted, int[] kinds, string[] values, int field, int size, double cut)
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        string Placeholder(string json)
        {
            var key = $"__raw{raw.Count}__";
            raw[key] = json;
            return key;
        }

        var item = template.Body(targeted).AsObject();
        var contentType = "application/json";
        var shape = Shape.Plain;
        var textCut = -1.0;
        string? garbage = null;
        var v = 0;
        foreach (var kind in kinds)
        {
            var value = values[v++ % values.Length];
            var keys = item.Select(p => p.Key).ToList();
            switch (kind)
            {
                case 0 or 1 when keys.Count > 0:
                    item[keys[field % keys.Count]] = Placeholder(value);
                    break;
                case 2 when keys.Count > 0:
                    item.Remove(keys[field % keys.Count]);
                    break;
                case 3:
                    item[field % 2 == 0 ? "__proto__" : "$where"] = Placeholder(value);
                    break;
                case 4 when template.Batch:
                    shape = Shape.Repeated;
                    break;
                case 5:
                    textCut = cut;
                    break;
                case 6:
                    shape = Shape.Wrapped;
                    break;
                case 7 when template.Batch:
                    shape = Shape.Oversize;
                    break;
                case 8:
                    contentType = (field % 3) switch { 0 => "text/plain", 1 => "application/xml", _ => "" };
                    break;
                case 9:
                    garbage = value;
                    break;
                case 10:
                    garbage = HostileValues.Texts[field % HostileValues.Texts.Length];
                    break;
            }
        }

        // Last, so that nothing above repairs it: a required field that is an object makes an item unreadable.
        var required = template.Required[field % template.Required.Length];
        JsonObject Broken(JsonObject o)
        {
            if (targeted)
            {
                o[required] = Placeholder(Breaker);
            }

            return o;
        }

        Broken(item);
        JsonNode body = shape switch
        {
            // The same item again and again (duplicates), then fresh ones in reverse order (reordered).
            Shape.Repeated => new JsonArray(
            [
                .. Enumerable.Range(0, size / 2).Select(_ => (JsonNode?)item.DeepClone()),
                .. Enumerable.Range(0, size - (size / 2)).Select(_ => (JsonNode?)Broken(template.Body(targeted).AsObject())).Reverse(),
            ]),
            Shape.Wrapped => template.Batch ? new JsonArray(item, item.DeepClone(), new JsonArray(item.DeepClone())) : new JsonArray(item),

            // Over the 5,000 items a batch may hold.
            Shape.Oversize => new JsonArray([.. Enumerable.Range(0, 5001).Select(_ => (JsonNode?)JsonValue.Create(1))]),
            _ => template.Batch ? new JsonArray(item) : item,
        };

        var text = garbage ?? body.ToJsonString();
        foreach (var (key, json) in raw)
        {
            text = text.Replace($"\"{key}\"", json, StringComparison.Ordinal);
        }

        if (textCut > 0 && text.Length > 1)
        {
            text = text[..Math.Max(1, (int)(text.Length * textCut))];
        }

        return new HostileRequest(template.Route, template.Method, template.Path(targeted), template.Caller, text, contentType);
    }
}
