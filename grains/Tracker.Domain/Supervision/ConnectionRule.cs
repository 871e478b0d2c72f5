using Tracker.Domain.Timing;
using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>CONN: a feeder whose ETA at the hub leaves less than the connection margin before the mainline cut-off.</summary>
/// <remarks>
/// Only water transfers with a mainline cut-off have a connection. Severity grows with lateness: Medium inside the
/// margin, High in its last half, Critical past the cut-off (the box will be shut out). The episode ends when an ETA
/// is back within the margin by at least <see cref="RuleSettings.ConnectionRecoveryHysteresis"/>, so ETAs revised
/// by minutes around the edge raise one alert. ETAs observed before the latest one processed are stale and ignored.
/// </remarks>
internal static class ConnectionRule
{
    public static void OnEta(RuleContext context, Outcome outcome, SupervisorState state, DateTimeOffset eta, DateTimeOffset observedAt)
    {
        if (context.Plan.Mode != ConsignmentMode.Water || context.Plan.MainlineCutoff is not { } cutoff)
        {
            return;
        }

        var episode = state.Connection;
        if (episode.LastObservedAt is { } last && observedAt < last)
        {
            return;
        }

        episode.LastObservedAt = observedAt;
        episode.LastEta = eta;
        var settings = context.Settings;
        // Saturates: a cut-off at the start of the calendar makes every ETA late, rather than an underflow.
        var latestSafe = Saturating.Subtract(cutoff, settings.ConnectionMargin);
        if (!episode.Raised)
        {
            if (eta > latestSafe)
            {
                episode.Raised = true;
                outcome.Raise(new Anomaly(
                    AnomalyType.CONN, SeverityOf(eta, cutoff, settings), observedAt, null, null,
                    new Evidence(null, eta - latestSafe, [], Describe(eta, cutoff, settings))));
            }

            return;
        }

        if (eta <= Saturating.Subtract(latestSafe, settings.ConnectionRecoveryHysteresis))
        {
            episode.Raised = false;
            outcome.End(
                AnomalyType.CONN, null, observedAt,
                $"feeder ETA {Wording.Time(eta)} leaves {Wording.Duration(cutoff - eta)} before the mainline cut-off again");
        }
    }

    public static void OnArrived(Outcome outcome, SupervisorState state, DateTimeOffset at)
    {
        if (state.Connection.Raised)
        {
            state.Connection.Raised = false;
            outcome.End(AnomalyType.CONN, null, at, "feeder arrived; the connection is the terminal's to make now");
        }
    }

    private static Severity SeverityOf(DateTimeOffset eta, DateTimeOffset cutoff, RuleSettings settings) =>
        eta > cutoff ? Severity.Critical
        : eta > Saturating.Subtract(cutoff, settings.ConnectionMargin / 2) ? Severity.High
        : Severity.Medium;

    private static string Describe(DateTimeOffset eta, DateTimeOffset cutoff, RuleSettings settings) =>
        eta > cutoff
            ? $"feeder ETA {Wording.Time(eta)} is {Wording.Duration(eta - cutoff)} after the mainline cut-off {Wording.Time(cutoff)}: the connection will be missed"
            : $"feeder ETA {Wording.Time(eta)} leaves {Wording.Duration(cutoff - eta)} before the mainline cut-off {Wording.Time(cutoff)}, less than the {Wording.Duration(settings.ConnectionMargin)} needed";
}
