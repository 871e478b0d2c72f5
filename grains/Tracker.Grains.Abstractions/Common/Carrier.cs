namespace Tracker.Grains.Common;

/// <summary>The vessel, train or truck a container is aboard.</summary>
[GenerateSerializer, Immutable, Alias("tracker.carrier")]
public sealed record Carrier([property: Id(0)] CarrierKind Kind, [property: Id(1)] string Id);

[GenerateSerializer, Alias("tracker.carrier-kind")]
public enum CarrierKind
{
    Vessel,
    Train,
    Truck,
}
