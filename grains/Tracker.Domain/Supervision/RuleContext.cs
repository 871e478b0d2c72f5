using Tracker.Domain.Geography;
using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>The fixed inputs every rule reads: the plan, its settings and the corridor built once from it.</summary>
internal sealed class RuleContext
{
    public RuleContext(SupervisionPlan plan)
    {
        Plan = plan;

        // A plan without a usable centre line has no corridor to leave; RDEV is then simply not checked.
        Corridor = plan.CorridorPath is { Count: >= 2 } path ? new Polyline(path) : null;
    }

    public SupervisionPlan Plan { get; }

    public RuleSettings Settings => Plan.Settings;

    public Polyline? Corridor { get; }

    /// <summary>Signed distance beyond the corridor's edge: negative inside the buffer; null without a corridor.</summary>
    public double? BeyondEdge(GeoPosition p) =>
        Corridor is null ? null : Corridor.DistanceMeters(p) - Plan.CorridorBufferMeters;

    /// <summary>The distance reported as evidence: beyond the edge, 0 inside.</summary>
    public double? EvidenceDistance(GeoPosition p) => BeyondEdge(p) is { } beyond ? Math.Max(0, beyond) : null;

    public bool InZone(GeoPosition p, ZoneKind kind)
    {
        foreach (var zone in Plan.Zones)
        {
            if (zone.Kind == kind && zone.Area.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inside any designated zone: rest areas and the video-covered seal and unseal areas all allow a stop.</summary>
    public bool InStopZone(GeoPosition p)
    {
        foreach (var zone in Plan.Zones)
        {
            if (zone.Kind is ZoneKind.Rest or ZoneKind.Seal or ZoneKind.Unseal && zone.Area.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Distance to the nearest unsealing zone's edge, for OPEN and TAMP evidence; null when there is none.</summary>
    public double? DistanceToUnsealZone(GeoPosition p)
    {
        double? best = null;
        foreach (var zone in Plan.Zones)
        {
            if (zone.Kind == ZoneKind.Unseal)
            {
                var d = Math.Max(0, GeoPosition.DistanceMeters(zone.Area.Center, p) - zone.Area.RadiusMeters);
                best = best is null ? d : Math.Min(best.Value, d);
            }
        }

        return best;
    }
}
