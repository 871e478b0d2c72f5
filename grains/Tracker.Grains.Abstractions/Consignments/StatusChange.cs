using Tracker.Domain.Transit;

namespace Tracker.Grains.Consignments;

/// <summary>One step of the transit lifecycle, with the report that caused it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.status-change")]
public sealed record StatusChange(
    [property: Id(0)] TransitStatus Status,
    [property: Id(1)] bool OnHold,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Cause);
