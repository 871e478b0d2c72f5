using Tracker.Grains.Alerts;

namespace Tracker.Grains.Alerts;

public sealed class AlertState
{
    public AlertView? Alert { get; set; }
}
