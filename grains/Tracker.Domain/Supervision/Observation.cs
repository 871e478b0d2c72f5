using Tracker.Domain.Events;
using Tracker.Domain.Geography;

namespace Tracker.Domain.Supervision;

/// <summary>One fix of a lock or a vehicle; <paramref name="Seal"/> is null for devices without a seal.</summary>
public sealed record Observation(DateTimeOffset Time, GeoPosition Position, double? SpeedKmh, SealState? Seal);
