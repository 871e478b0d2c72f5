using Tracker.Domain.Timing;

namespace Tracker.Domain.Supervision;

/// <summary>SLOS: no fix from an active lock (one that has reported at least once) for longer than the limit.</summary>
/// <remarks>
/// Checked on the clock, since the absence of fixes produces no input. Reaching the limit counts, so a check at
/// exactly <see cref="Supervisor.NextCheck"/> raises. The next fix of the lock, whatever it says, ends the episode.
/// </remarks>
internal static class SignalLostRule
{
    public static void OnFix(Outcome outcome, string lockId, LockWatch watch, Observation fix)
    {
        if (!watch.SignalLost)
        {
            return;
        }

        watch.SignalLost = false;
        var silent = fix.Time - (watch.LastFixAt ?? fix.Time);
        outcome.End(AnomalyType.SLOS, lockId, fix.Time, $"signal back after {Wording.Duration(silent)} without a fix");
    }

    public static void OnClock(RuleContext context, Outcome outcome, SupervisorState state, DateTimeOffset now)
    {
        var limit = context.Settings.SignalLostLimit;
        foreach (var (lockId, watch) in state.Locks.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (watch.SignalLost || watch.LastFixAt is not { } last || now - last < limit)
            {
                continue;
            }

            watch.SignalLost = true;
            var silent = now - last;
            var lastFix = watch.Recent.Count > 0 ? watch.Recent[^1] : null;
            outcome.Raise(new Anomaly(
                AnomalyType.SLOS,
                Severity.Medium,
                now,
                lastFix?.Position,
                lockId,
                new Evidence(
                    lastFix is null ? null : context.EvidenceDistance(lastFix.Position),
                    silent,
                    TrackExcerpt.Tail(watch.Recent),
                    $"no fix for {Wording.Duration(silent)} since {Wording.Time(last)} (limit {Wording.Duration(limit)})")));
        }
    }

    /// <summary>The earliest time the clock could raise SLOS for some lock; null when no active lock is unraised.</summary>
    public static DateTimeOffset? NextCheck(RuleSettings settings, SupervisorState state)
    {
        DateTimeOffset? next = null;
        foreach (var watch in state.Locks.Values)
        {
            if (!watch.SignalLost && watch.LastFixAt is { } last)
            {
                var due = Saturating.Add(last, settings.SignalLostLimit);
                next = next is null || due < next ? due : next;
            }
        }

        return next;
    }
}
