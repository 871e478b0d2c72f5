using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Map;

/// <summary>What a flow view draws of an open transit: its corridor with the buffer, its zones and its carrier.</summary>
public sealed record TransitGeometry(
    string ConsignmentId,
    ConsignmentMode Mode,
    TransitStatus Status,
    bool OnHold,
    Place Origin,
    Place Destination,
    Corridor Corridor,
    ImmutableArray<Zone> Zones,
    string? VehicleId,
    string? TrainId,
    string? FeederImo,
    ImmutableArray<string> Containers,
    ImmutableArray<LockAssignment> Locks)
{
    public static TransitGeometry From(ConsignmentView v)
    {
        var d = v.Declaration;
        return new TransitGeometry(
            d.Id, d.Mode, v.Status, v.OnHold, d.Origin, d.Destination, d.Corridor, d.Zones, d.VehicleId, d.TrainId, d.FeederImo, d.Containers, d.Locks);
    }
}
