using Tracker.Domain.Events;

namespace Tracker.Grains.Locks;

/// <summary>A validated smart-lock report; the lock id is the grain key.</summary>
[GenerateSerializer, Immutable, Alias("tracker.lock-fix")]
public sealed record LockFix(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset Time,
    [property: Id(2)] double Lat,
    [property: Id(3)] double Lon,
    [property: Id(4)] double? SpeedKmh,
    [property: Id(5)] double? Heading,
    [property: Id(6)] SealState Seal,
    [property: Id(7)] double? BatteryPct);
