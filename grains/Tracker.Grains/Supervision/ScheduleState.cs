namespace Tracker.Grains.Supervision;

public sealed class ScheduleState
{
    public Dictionary<string, DateTimeOffset> Due { get; set; } = new(StringComparer.Ordinal);
}
