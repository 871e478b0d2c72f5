using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Vehicles;

[GenerateSerializer, Immutable, Alias("tracker.vehicle-view")]
public sealed record VehicleView(
    [property: Id(0)] string VehicleId,
    [property: Id(1)] Position? Position,
    [property: Id(2)] ImmutableArray<string> ContainersAboard,
    [property: Id(3)] long Reports);
