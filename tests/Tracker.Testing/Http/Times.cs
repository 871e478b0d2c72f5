using System.Globalization;
using System.Text.Json.Nodes;

namespace Tracker.Testing.Http;

/// <summary>Times of reports: in the recent past (at most 5 minutes ahead of the server is allowed).</summary>
public static class Times
{
    /// <summary>A base time a few hours back, whole seconds, so that "+ n minutes" stays in the past.</summary>
    public static DateTimeOffset Base() => new(DateTimeOffset.UtcNow.AddHours(-3).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(JsonNode? node) =>
        DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}
