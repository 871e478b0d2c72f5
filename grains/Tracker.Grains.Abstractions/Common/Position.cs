namespace Tracker.Grains.Common;

/// <summary>A reported position with its time and source, as shown to users.</summary>
[GenerateSerializer, Immutable, Alias("tracker.position")]
public sealed record Position(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] string Source,
    [property: Id(4)] double? SpeedKmh = null,
    [property: Id(5)] double? Heading = null);
