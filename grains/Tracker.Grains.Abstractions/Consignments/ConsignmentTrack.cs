using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

[GenerateSerializer, Immutable, Alias("tracker.consignment-track")]
public sealed record ConsignmentTrack(
    [property: Id(0)] ImmutableArray<DeviceTrack> Locks,
    [property: Id(1)] DeviceTrack? Vehicle,
    [property: Id(2)] CarrierTrack? Carrier = null);

/// <summary>The points of one lock or vehicle, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("tracker.device-track")]
public sealed record DeviceTrack([property: Id(0)] string Id, [property: Id(1)] ImmutableArray<TrackPoint> Points);

/// <summary>The positions of a consignment's vessel, train or truck while it carried the consignment, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("tracker.carrier-track")]
public sealed record CarrierTrack(
    [property: Id(0)] CarrierKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] ImmutableArray<TrackPoint> Points);
