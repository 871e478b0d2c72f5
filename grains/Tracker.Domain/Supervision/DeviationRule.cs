namespace Tracker.Domain.Supervision;

/// <summary>RDEV: a lock outside the approved corridor for longer than the tolerance.</summary>
/// <remarks>
/// Two thresholds make a Schmitt trigger: the lock turns "outside" only beyond the buffer plus the deviation
/// distance, and "inside" again only within the buffer, so GPS noise at either edge cannot toggle it. On top, time
/// tolerances debounce both ways: the episode is raised after the lock has been outside continuously for
/// <see cref="RuleSettings.DeviationTolerance"/> (an earlier return drops it unraised), and a raised episode ends
/// only after <see cref="RuleSettings.DeviationReturnTolerance"/> back inside, so a brief re-entry keeps one alert.
/// </remarks>
internal static class DeviationRule
{
    public static void OnFix(RuleContext context, Outcome outcome, string lockId, DeviationEpisode episode, Observation fix, bool afterGap)
    {
        if (context.BeyondEdge(fix.Position) is not { } beyond)
        {
            return;
        }

        var settings = context.Settings;
        if (afterGap)
        {
            // Nobody saw what happened during the gap, so it counts neither as time outside nor as time back inside.
            if (!episode.Raised)
            {
                episode.Reset();
            }
            else
            {
                episode.BackInsideSince = null;
            }
        }

        var outside = beyond > settings.DeviationDistanceMeters || (episode.Outside && beyond > 0);
        if (!episode.Raised)
        {
            Watch(outcome, lockId, episode, fix, beyond, outside, settings);
            return;
        }

        episode.Outside = outside;
        if (outside)
        {
            episode.BackInsideSince = null;
            episode.MaxBeyondMeters = Math.Max(episode.MaxBeyondMeters, beyond);
            return;
        }

        episode.BackInsideSince ??= fix.Time;
        var back = episode.BackInsideSince.Value;
        if (fix.Time - back >= settings.DeviationReturnTolerance)
        {
            outcome.End(
                AnomalyType.RDEV,
                lockId,
                back,
                $"back inside the corridor after {Wording.Duration(back - episode.Since!.Value)} outside, at most {Wording.Distance(episode.MaxBeyondMeters)} beyond its edge");
            episode.Reset();
        }
    }

    private static void Watch(
        Outcome outcome, string lockId, DeviationEpisode episode, Observation fix, double beyond, bool outside, RuleSettings settings)
    {
        if (!outside)
        {
            episode.Reset();
            return;
        }

        if (!episode.Outside)
        {
            episode.Outside = true;
            episode.Since = fix.Time;
        }

        episode.MaxBeyondMeters = Math.Max(episode.MaxBeyondMeters, beyond);
        TrackExcerpt.AppendKeepingFirst(episode.Track, fix);
        var lasted = fix.Time - episode.Since!.Value;
        if (lasted < settings.DeviationTolerance)
        {
            return;
        }

        episode.Raised = true;
        outcome.Raise(new Anomaly(
            AnomalyType.RDEV,
            Severity.High,
            fix.Time,
            fix.Position,
            lockId,
            new Evidence(beyond, lasted, [.. episode.Track], $"{Wording.Distance(beyond)} outside the corridor for {Wording.Duration(lasted)}")));

        // The evidence has gone out with the anomaly; persisting it again with every checkpoint would only cost.
        episode.Track.Clear();
    }
}
