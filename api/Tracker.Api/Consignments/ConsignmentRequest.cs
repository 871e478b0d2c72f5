using Tracker.Grains.Consignments;

namespace Tracker.Api.Consignments;

/// <summary>A transit declaration as sent (API.md "Consignments"); coordinates are [lon, lat].</summary>
public sealed record ConsignmentRequest(
    string? Id,
    string? Tenant,
    string? Mode,
    string? DepartureOffice,
    string? DestinationOffice,
    string? SupervisingOffice,
    PlaceRequest? Origin,
    PlaceRequest? Destination,
    CorridorRequest? Corridor,
    IReadOnlyList<ZoneRequest?>? Zones,
    string? Deadline,
    IReadOnlyList<string?>? Containers,
    IReadOnlyList<LockRequest?>? Locks,
    string? VehicleId,
    string? TrainId,
    string? FeederImo,
    ConnectionRequest? Connection,
    RuleOverrides? Rules = null);

public sealed record PlaceRequest(string? UnLocode, string? Facility);

public sealed record CorridorRequest(IReadOnlyList<double[]?>? Path, double? BufferMeters);

public sealed record ZoneRequest(string? Id, string? Kind, double[]? Center, double? RadiusMeters);

public sealed record LockRequest(string? LockId, string? Container);

public sealed record ConnectionRequest(string? MainlineImo, string? Cutoff);
