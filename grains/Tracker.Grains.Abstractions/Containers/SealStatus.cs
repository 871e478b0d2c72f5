using Tracker.Domain.Events;

namespace Tracker.Grains.Containers;

/// <summary>The container's seal as the latest report (lock fix or SEAL event) has it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.seal-status")]
public sealed record SealStatus(
    [property: Id(0)] string? LockId,
    [property: Id(1)] SealState? State,
    [property: Id(2)] double? BatteryPct,
    [property: Id(3)] DateTimeOffset? UpdatedAt,
    [property: Id(4)] bool BatteryLow = false)
{
    public static SealStatus None { get; } = new(null, null, null, null);
}
