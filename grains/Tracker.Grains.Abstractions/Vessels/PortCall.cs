namespace Tracker.Grains.Vessels;

/// <summary>A call at a port: estimated and actual arrival and departure.</summary>
[GenerateSerializer, Immutable, Alias("tracker.port-call")]
public sealed record PortCall(
    [property: Id(0)] string UnLocode,
    [property: Id(1)] string? Facility,
    [property: Id(2)] DateTimeOffset? Eta,
    [property: Id(3)] DateTimeOffset? Ata,
    [property: Id(4)] DateTimeOffset? Etd,
    [property: Id(5)] DateTimeOffset? Atd);
