namespace Tracker.Grains.Vessels;

/// <summary>A validated AIS position and voyage report; the MMSI is the transponder grain's key.</summary>
[GenerateSerializer, Immutable, Alias("tracker.ais-report")]
public sealed record AisReport(
    [property: Id(0)] string Mmsi,
    [property: Id(1)] DateTimeOffset Time,
    [property: Id(2)] double Lat,
    [property: Id(3)] double Lon,
    [property: Id(4)] double? SogKnots = null,
    [property: Id(5)] double? CogDegrees = null,
    [property: Id(6)] double? Heading = null,
    [property: Id(7)] int? NavStatus = null,
    [property: Id(8)] string? Imo = null,
    [property: Id(9)] string? Name = null,
    [property: Id(10)] string? Destination = null,
    [property: Id(11)] DateTimeOffset? Eta = null,
    [property: Id(12)] string? CallSign = null);
