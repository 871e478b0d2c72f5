using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Vessels;

[GenerateSerializer, Immutable, Alias("tracker.vessel-view")]
public sealed record VesselView(
    [property: Id(0)] string Imo,
    [property: Id(1)] string? Mmsi,
    [property: Id(2)] string? Name,
    [property: Id(3)] Position? Position,
    [property: Id(4)] string? Destination,
    [property: Id(5)] DateTimeOffset? Eta,
    [property: Id(6)] ImmutableArray<PortCall> PortCalls,
    [property: Id(7)] ImmutableArray<string> ContainersAboard,
    [property: Id(8)] bool Known,
    [property: Id(9)] VesselRole Role = VesselRole.Unknown,
    [property: Id(10)] string? CallSign = null);
