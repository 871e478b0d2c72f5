namespace Tracker.HttpTests.Security.Hostile;

/// <summary>One generated request: which endpoint (its route, for the counts), as whom, and what is sent.</summary>
public sealed record HostileRequest(string Route, string Method, string Path, string Caller, string? Body, string ContentType = "application/json")
{
    public override string ToString() =>
        $"{Method} {Cut(Path)} as {Caller} ({ContentType}): {(Body is null ? "" : Cut(Body))}";

    private static string Cut(string text) => text.Length > 300 ? text[..300] + $"… ({text.Length} chars)" : text;
}
