namespace Tracker.Grains.Common;

/// <summary>One point of a lock's or vehicle's track.</summary>
[GenerateSerializer, Immutable, Alias("tracker.track-point")]
public sealed record TrackPoint(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset Time,
    [property: Id(2)] double Lat,
    [property: Id(3)] double Lon,
    [property: Id(4)] double? SpeedKmh,
    [property: Id(5)] double? Heading);
