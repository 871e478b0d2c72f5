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
        Settings(d.Mode, d.Rules));

    /// <summary>The mode's defaults, with whatever the declaration overrides.</summary>
    public static RuleSettings Settings(ConsignmentMode mode, RuleOverrides? o)
    {
        var s = RuleSettings.For(mode);
        if (o is null)
        {
            return s;
        }

        static TimeSpan? Seconds(double? value) => value is { } v ? TimeSpan.FromSeconds(v) : null;
        return s with
        {
            DeviationDistanceMeters = o.DeviationDistanceMeters ?? s.DeviationDistanceMeters,
            DeviationTolerance = Seconds(o.DeviationToleranceSeconds) ?? s.DeviationTolerance,
            DeviationReturnTolerance = Seconds(o.DeviationReturnToleranceSeconds) ?? s.DeviationReturnTolerance,
            StopSpeedKmh = o.StopSpeedKmh ?? s.StopSpeedKmh,
            StopRadiusMeters = o.StopRadiusMeters ?? s.StopRadiusMeters,
            LongStopLimit = Seconds(o.LongStopSeconds) ?? s.LongStopLimit,
            SignalLostLimit = Seconds(o.SignalLostSeconds) ?? s.SignalLostLimit,
            OverdueGrace = Seconds(o.OverdueGraceSeconds) ?? s.OverdueGrace,
            MismatchDistanceMeters = o.MismatchDistanceMeters ?? s.MismatchDistanceMeters,
            MismatchTolerance = Seconds(o.MismatchToleranceSeconds) ?? s.MismatchTolerance,
            ConnectionMargin = Seconds(o.ConnectionMarginSeconds) ?? s.ConnectionMargin,
        };
    }

    /// <summary>Inside a zone where the seal may be removed: the destination's unsealing area.</summary>
    public static bool InUnsealZone(ConsignmentDeclaration d, double lat, double lon) =>
        d.Zones.Any(z => z.Kind == ZoneKind.Unseal && new Circle(new GeoPosition(z.Center.Lat, z.Center.Lon), z.RadiusMeters).Contains(new GeoPosition(lat, lon)));
}
