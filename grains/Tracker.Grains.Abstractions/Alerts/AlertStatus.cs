namespace Tracker.Grains.Alerts;

[GenerateSerializer, Alias("tracker.alert-status")]
public enum AlertStatus
{
    Open,
    Acknowledged,
    Resolved,
}
