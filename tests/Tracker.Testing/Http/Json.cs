using System.Text.Json.Nodes;

namespace Tracker.Testing.Http;

public static class Json
{
    /// <summary>An object of the given fields; null values are left out, as an optional field would be.</summary>
    public static JsonObject Obj(params (string Name, object? Value)[] fields)
    {
        var o = new JsonObject();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                o[name] = Node(value);
            }
        }

        return o;
    }

    public static JsonArray Arr(params object?[] items) =>
        new([.. items.Select(i => i is null ? null : Node(i))]);

    private static JsonNode Node(object value) => value switch
    {
        JsonNode node => node,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value)),
    };

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
    }

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public static int Num(JsonNode? node) => node!.GetValue<int>();

    public static string? Str(JsonNode? node) => node?.GetValue<string>();
}
