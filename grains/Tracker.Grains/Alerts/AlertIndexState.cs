using Tracker.Grains.Alerts;

namespace Tracker.Grains.Alerts;

public sealed class AlertIndexState
{
    public Dictionary<string, AlertSummary> Alerts { get; set; } = new(StringComparer.Ordinal);
}
