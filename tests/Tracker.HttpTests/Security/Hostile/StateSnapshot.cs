using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Security.Hostile;

/// <summary>
/// The readable state of the seeded objects, as control reads it: both parties' containers, consignments, tracks,
/// alerts, arrival deletions and vessels, the alert lists and the statistics of their offices.
/// </summary>
public static class StateSnapshot
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(HostApi api, Party a, Party b)
    {
        var control = await api.ControlAsync();
        var paths = new[] { a, b }.SelectMany(p => new[]
        {
            $"/api/v1/containers/{p.RoadBox}", $"/api/v1/containers/{p.RailBox}", $"/api/v1/consignments/{p.Road}",
            $"/api/v1/consignments/{p.Road}/track", $"/api/v1/consignments/{p.Rail}", $"/api/v1/alerts/{p.Alert}",
            $"/api/v1/alerts/?office={p.Office}", $"/api/v1/alerts/counts?office={p.Office}", $"/api/v1/stats/supervision?office={p.Office}",
            $"/api/v1/arrival-deletions/{p.Deletion}", $"/api/v1/vessels/{p.FeederImo}",
        }).Append("/api/v1/stats/arrival-deletions");
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (leaf, value) in Leaves((await api.GetOkAsync(path, control)), path))
            {
                state[leaf] = value;
            }
        }

        return state;
    }

    /// <summary>What differs between two snapshots, leaving out what differed between two snapshots taken before (clocks).</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, IReadOnlySet<string> volatileLeaves) =>
    [
        .. before.Keys.Union(after.Keys)
            .Where(k => !volatileLeaves.Contains(k))
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k) ?? "(none)"} -> {after.GetValueOrDefault(k) ?? "(none)"}"),
    ];

    public static IReadOnlySet<string> Volatile(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        first.Keys.Union(second.Keys).Where(k => first.GetValueOrDefault(k) != second.GetValueOrDefault(k)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Leaf, string Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, $"{path}.{p.Key}")),
        JsonArray items => items.SelectMany((n, i) => Leaves(n, $"{path}[{i}]")).Append(($"{path}.length", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        null => [(path, "null")],
        _ => [(path, node.ToJsonString())],
    };
}
