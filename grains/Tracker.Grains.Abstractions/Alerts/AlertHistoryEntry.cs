namespace Tracker.Grains.Alerts;

/// <summary>One step of an alert's life, append-only: who moved it, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-history")]
public sealed record AlertHistoryEntry(
    [property: Id(0)] AlertStatus Status,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note = null,
    [property: Id(4)] Disposition? Disposition = null);
