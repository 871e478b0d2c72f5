using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Alerts;
using Tracker.Grains.Consignments;
using Tracker.Grains.Locks;

namespace Tracker.Api.Consignments;

/// <summary>A consignment as the API shows it: the declaration, where the transit stands, its locks and its carrier.</summary>
public sealed record ConsignmentResponse(
    string Id,
    string Tenant,
    ConsignmentMode Mode,
    TransitStatus Status,
    bool OnHold,
    string DepartureOffice,
    string DestinationOffice,
    string? SupervisingOffice,
    Place Origin,
    Place Destination,
    Corridor Corridor,
    ImmutableArray<Zone> Zones,
    DateTimeOffset Deadline,
    ImmutableArray<string> Containers,
    ImmutableArray<LockView> Locks,
    string? VehicleId,
    string? TrainId,
    string? FeederImo,
    Connection? Connection,
    DateTimeOffset DeclaredAt,
    DateTimeOffset UpdatedAt,
    ImmutableArray<StatusChange> History,
    RuleOverrides? Rules,
    IReadOnlyList<AlertView> OpenAlerts,
    CarrierResponse? Carrier)
{
    public static ConsignmentResponse From(ConsignmentView v, IReadOnlyList<AlertView> openAlerts, CarrierResponse? carrier)
    {
        var d = v.Declaration;
        return new ConsignmentResponse(
            d.Id, d.Tenant, d.Mode, v.Status, v.OnHold, d.DepartureOffice, d.DestinationOffice, d.SupervisingOffice,
            d.Origin, d.Destination, d.Corridor, d.Zones, d.Deadline, d.Containers, v.Locks,
            d.VehicleId, d.TrainId, d.FeederImo, d.Connection, v.DeclaredAt, v.UpdatedAt, v.History, d.Rules, openAlerts, carrier);
    }
}
