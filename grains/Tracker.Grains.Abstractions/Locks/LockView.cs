using Tracker.Domain.Events;
using Tracker.Grains.Common;

namespace Tracker.Grains.Locks;

[GenerateSerializer, Immutable, Alias("tracker.lock-view")]
public sealed record LockView(
    [property: Id(0)] string LockId,
    [property: Id(1)] string? ConsignmentId,
    [property: Id(2)] string? Container,
    [property: Id(3)] SealState? Seal,
    [property: Id(4)] double? BatteryPct,
    [property: Id(5)] Position? LastFix,
    [property: Id(6)] long Reports);
