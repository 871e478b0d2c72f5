using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

[GenerateSerializer, Immutable, Alias("tracker.consignment-track")]
public sealed record ConsignmentTrack(
    [property: Id(0)] ImmutableArray<DeviceTrack> Locks,
    [property: Id(1)] DeviceTrack? Vehicle);

/// <summary>The points of one lock or vehicle, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("tracker.device-track")]
public sealed record DeviceTrack([property: Id(0)] string Id, [property: Id(1)] ImmutableArray<TrackPoint> Points);
