using Tracker.Domain.Timing;

namespace Tracker.Domain.Supervision;

/// <summary>OVRD: the transit has not arrived by its deadline plus the grace.</summary>
/// <remarks>One episode per transit, raised on the clock and ended by the arrival. Reaching the time counts.</remarks>
internal static class OverdueRule
{
    /// <remarks>Saturates: a deadline at the end of the calendar is never due, rather than an overflow.</remarks>
    public static DateTimeOffset DueAt(RuleContext context) => Saturating.Add(context.Plan.Deadline, context.Settings.OverdueGrace);

    public static void OnClock(RuleContext context, Outcome outcome, SupervisorState state, DateTimeOffset now)
    {
        if (state.OverdueRaised || now < DueAt(context))
        {
            return;
        }

        state.OverdueRaised = true;
        var late = now - context.Plan.Deadline;

        // The freshest lock fix says where the cargo is now, which is what the officer chasing it needs.
        var latest = state.Locks
            .Where(l => l.Value.Recent.Count > 0)
            .OrderByDescending(l => l.Value.LastFixAt)
            .Select(l => l.Value)
            .FirstOrDefault();
        var position = latest?.Recent[^1].Position;
        outcome.Raise(new Anomaly(
            AnomalyType.OVRD,
            Severity.High,
            now,
            position,
            null,
            new Evidence(
                position is { } p ? context.EvidenceDistance(p) : null,
                late,
                latest is null ? [] : TrackExcerpt.Tail(latest.Recent),
                $"not arrived {Wording.Duration(late)} after the deadline of {Wording.Time(context.Plan.Deadline)}")));
    }

    public static void OnArrived(RuleContext context, Outcome outcome, SupervisorState state, DateTimeOffset at)
    {
        if (!state.OverdueRaised)
        {
            return;
        }

        state.OverdueRaised = false;
        outcome.End(AnomalyType.OVRD, null, at, $"arrived {Wording.Duration(at - context.Plan.Deadline)} after the deadline");
    }
}
