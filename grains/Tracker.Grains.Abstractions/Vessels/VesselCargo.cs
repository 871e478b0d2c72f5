using System.Collections.Immutable;

namespace Tracker.Grains.Vessels;

/// <summary>
/// The boxes a water transit puts aboard a vessel, and whose they are: a vessel's position is public AIS, but
/// an officer sees only its own office's boxes aboard, an enterprise only its own tenant's.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.vessel-cargo")]
public sealed record VesselCargo(
    [property: Id(0)] string ConsignmentId,
    [property: Id(1)] string Tenant,
    [property: Id(2)] ImmutableArray<string> Offices,
    [property: Id(3)] ImmutableArray<string> Containers);
