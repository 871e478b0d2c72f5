using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;

namespace Tracker.Grains.Supervision;

/// <summary>Turns a declaration into the plan its anomaly rules check.</summary>
public static class SupervisionPlans
{
    public static SupervisionPlan For(ConsignmentDeclaration d) => new(
        d.Mode,
        [.. d.Corridor.Path.Select(c => new GeoPosition(c.Lat, c.Lon))],
        d.Corridor.BufferMeters,
        [.. d.Zones.Select(z => new SupervisedZone(z.Id, z.Kind, new Circle(new GeoPosition(z.Center.Lat, z.Center.Lon), z.RadiusMeters)))],
        d.Deadline,
        [d.Origin.UnLocode, d.Destination.UnLocode],
        d.Connection?.Cutoff,
        RuleOverrides.Apply(d.Mode, d.Rules));

    /// <summary>Inside a zone where the seal may be removed: the destination's unsealing area.</summary>
    public static bool InUnsealZone(ConsignmentDeclaration d, double lat, double lon) =>
        d.Zones.Any(z => z.Kind == ZoneKind.Unseal && new Circle(new GeoPosition(z.Center.Lat, z.Center.Lon), z.RadiusMeters).Contains(new GeoPosition(lat, lon)));
}
