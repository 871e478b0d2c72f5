using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;

namespace Tracker.Grains.Consignments;

/// <summary>
/// A transit's own anomaly thresholds, where customs approved something other than the mode's
/// defaults (a longer rest on a long route, a wider corridor tolerance). Unset means default.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.rule-overrides")]
public sealed record RuleOverrides(
    [property: Id(0)] double? DeviationDistanceMeters = null,
    [property: Id(1)] double? DeviationToleranceSeconds = null,
    [property: Id(2)] double? DeviationReturnToleranceSeconds = null,
    [property: Id(3)] double? StopSpeedKmh = null,
    [property: Id(4)] double? StopRadiusMeters = null,
    [property: Id(5)] double? LongStopSeconds = null,
    [property: Id(6)] double? SignalLostSeconds = null,
    [property: Id(7)] double? OverdueGraceSeconds = null,
    [property: Id(8)] double? MismatchDistanceMeters = null,
    [property: Id(9)] double? MismatchToleranceSeconds = null,
    [property: Id(10)] double? ConnectionMarginSeconds = null)
{
    /// <summary>The mode's defaults, with whatever the declaration overrides.</summary>
    public static RuleSettings Apply(ConsignmentMode mode, RuleOverrides? o)
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
}
