namespace Tracker.Grains.Vehicles;

/// <summary>A validated vehicle (truck or train) GNSS report; the vehicle id is the grain key.</summary>
[GenerateSerializer, Immutable, Alias("tracker.vehicle-fix")]
public sealed record VehicleFix(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset Time,
    [property: Id(2)] double Lat,
    [property: Id(3)] double Lon,
    [property: Id(4)] double? SpeedKmh,
    [property: Id(5)] double? Heading);
