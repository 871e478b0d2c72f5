using Tracker.Domain.Geography;

namespace Tracker.Domain.Supervision;

/// <summary>LSTP: a lock stationary outside the rest, seal and unseal zones for longer than the limit.</summary>
/// <remarks>
/// A fix is stationary when its reported speed is below <see cref="RuleSettings.StopSpeedKmh"/> (or it reports
/// none) and it lies within <see cref="RuleSettings.StopRadiusMeters"/> of the stop's first fix. Both are required
/// with a speed as well: a truck crawling through a jam at 3 km/h leaves the circle and is not stopped. Without a
/// speed the position alone decides, so every slow or speedless fix outside a stop starts a new candidate stop
/// anchored at itself. A stop with any fix inside an allowed zone is allowed as a whole, so noise at a rest area's
/// edge does not make a parked truck half-allowed.
/// </remarks>
internal static class LongStopRule
{
    public static void OnFix(RuleContext context, Outcome outcome, string lockId, LockWatch watch, Observation fix, bool afterGap)
    {
        var settings = context.Settings;
        var slow = fix.SpeedKmh is not { } speed || speed < settings.StopSpeedKmh;
        if (watch.Stop is { } stop)
        {
            // An unraised stop does not run across a gap: it might have moved and come back, unseen; the silence is SLOS's.
            var stays = slow
                && GeoPosition.DistanceMeters(stop.Anchor, fix.Position) <= settings.StopRadiusMeters
                && (stop.Raised || !afterGap);
            if (stays)
            {
                Continue(context, outcome, lockId, stop, fix);
                return;
            }

            if (stop.Raised)
            {
                outcome.End(AnomalyType.LSTP, lockId, fix.Time, $"moving again after {Wording.Duration(stop.LastAt - stop.Since)} stopped");
            }

            watch.Stop = null;
        }

        if (slow)
        {
            watch.Stop = new StopEpisode { Anchor = fix.Position, Since = fix.Time, LastAt = fix.Time };
            Continue(context, outcome, lockId, watch.Stop, fix);
        }
    }

    private static void Continue(RuleContext context, Outcome outcome, string lockId, StopEpisode stop, Observation fix)
    {
        stop.LastAt = fix.Time;
        if (stop.Raised)
        {
            return;
        }

        stop.InAllowedZone |= context.InStopZone(fix.Position);
        TrackExcerpt.AppendKeepingFirst(stop.Track, fix);
        var lasted = fix.Time - stop.Since;
        if (stop.InAllowedZone || lasted < context.Settings.LongStopLimit)
        {
            return;
        }

        stop.Raised = true;
        outcome.Raise(new Anomaly(
            AnomalyType.LSTP,
            Severity.Medium,
            fix.Time,
            stop.Anchor,
            lockId,
            new Evidence(
                context.EvidenceDistance(stop.Anchor),
                lasted,
                [.. stop.Track],
                $"stopped for {Wording.Duration(lasted)} outside any rest, seal or unseal zone")));

        // The evidence has gone out with the anomaly; no need to persist it further.
        stop.Track.Clear();
    }
}
