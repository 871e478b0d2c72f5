using System.Text.Json;

namespace Tracker.Bench.Browser;

public static class MainThread
{
    /// <summary>Renderer main-thread task time so far, in seconds, from CDP Performance.getMetrics.</summary>
    public static double TaskDurationSeconds(JsonElement? metrics) =>
        metrics?.GetProperty("metrics").EnumerateArray()
            .First(metric => metric.GetProperty("name").GetString() == "TaskDuration")
            .GetProperty("value").GetDouble()
        ?? throw new InvalidOperationException("Performance.getMetrics answered nothing.");
}
