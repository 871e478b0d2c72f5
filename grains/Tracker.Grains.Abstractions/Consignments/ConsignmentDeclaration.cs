using System.Collections.Immutable;
using Tracker.Domain.Transit;

namespace Tracker.Grains.Consignments;

/// <summary>A validated transit declaration as customs approved it.</summary>
[GenerateSerializer, Immutable, Alias("tracker.consignment-declaration")]
public sealed record ConsignmentDeclaration(
    [property: Id(0)] string Id,
    [property: Id(1)] string Tenant,
    [property: Id(2)] ConsignmentMode Mode,
    [property: Id(3)] string DepartureOffice,
    [property: Id(4)] string DestinationOffice,
    [property: Id(5)] string? SupervisingOffice,
    [property: Id(6)] Place Origin,
    [property: Id(7)] Place Destination,
    [property: Id(8)] Corridor Corridor,
    [property: Id(9)] ImmutableArray<Zone> Zones,
    [property: Id(10)] DateTimeOffset Deadline,
    [property: Id(11)] ImmutableArray<string> Containers,
    [property: Id(12)] ImmutableArray<LockAssignment> Locks,
    [property: Id(13)] string? VehicleId = null,
    [property: Id(14)] string? TrainId = null,
    [property: Id(15)] string? FeederImo = null,
    [property: Id(16)] Connection? Connection = null,
    [property: Id(17)] RuleOverrides? Rules = null)
{
    /// <summary>The offices whose officers see and handle this transit.</summary>
    public ImmutableArray<string> Offices =>
        [.. new[] { DepartureOffice, DestinationOffice, SupervisingOffice }.OfType<string>().Distinct()];

    /// <summary>Same content; records compare arrays by reference, a re-sent declaration needs values.</summary>
    public bool SameAs(ConsignmentDeclaration other) =>
        this with { Zones = [], Containers = [], Locks = [], Corridor = Corridor with { Path = [] } }
            == other with { Zones = [], Containers = [], Locks = [], Corridor = other.Corridor with { Path = [] } }
        && Zones.SequenceEqual(other.Zones)
        && Containers.SequenceEqual(other.Containers)
        && Locks.SequenceEqual(other.Locks)
        && Corridor.Path.SequenceEqual(other.Corridor.Path);
}

[GenerateSerializer, Immutable, Alias("tracker.place")]
public sealed record Place([property: Id(0)] string UnLocode, [property: Id(1)] string? Facility = null);

[GenerateSerializer, Immutable, Alias("tracker.coordinate")]
public readonly record struct Coordinate([property: Id(0)] double Lon, [property: Id(1)] double Lat);

/// <summary>The approved route: a polyline and how far from it a transit may stray.</summary>
[GenerateSerializer, Immutable, Alias("tracker.corridor")]
public sealed record Corridor([property: Id(0)] ImmutableArray<Coordinate> Path, [property: Id(1)] double BufferMeters);

[GenerateSerializer, Immutable, Alias("tracker.zone")]
public sealed record Zone(
    [property: Id(0)] string Id,
    [property: Id(1)] ZoneKind Kind,
    [property: Id(2)] Coordinate Center,
    [property: Id(3)] double RadiusMeters);

[GenerateSerializer, Immutable, Alias("tracker.lock-assignment")]
public sealed record LockAssignment([property: Id(0)] string LockId, [property: Id(1)] string Container);

/// <summary>The mainline sailing a feeder's containers must connect with (water-to-water).</summary>
[GenerateSerializer, Immutable, Alias("tracker.connection")]
public sealed record Connection([property: Id(0)] string MainlineImo, [property: Id(1)] DateTimeOffset Cutoff);
