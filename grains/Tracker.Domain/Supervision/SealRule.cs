using Tracker.Domain.Events;
using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>OPEN and TAMP: a seal reported opened or tampered outside every unsealing zone.</summary>
/// <remarks>
/// Each type is its own episode per lock, raised at the first such report and ended by the next "sealed" one, so a
/// lock that keeps reporting "opened" raises one alert. An "opened" inside an unsealing zone is the authorised
/// unseal and raises nothing; after it, further opened or tampered reports of that lock (it is off the door, often
/// carried away by the truck) raise nothing either until it is sealed again.
/// </remarks>
internal static class SealRule
{
    public static void OnFix(RuleContext context, Outcome outcome, string lockId, LockWatch watch, Observation fix)
    {
        var episodes = watch.Seal;
        switch (fix.Seal)
        {
            case null:
                return;

            case SealState.Sealed:
                if (episodes.OpenRaised)
                {
                    outcome.End(AnomalyType.OPEN, lockId, fix.Time, "seal reports sealed again");
                }

                if (episodes.TamperRaised)
                {
                    outcome.End(AnomalyType.TAMP, lockId, fix.Time, "seal reports sealed again, no tamper");
                }

                episodes.OpenRaised = false;
                episodes.TamperRaised = false;
                episodes.AuthorisedUnseal = false;
                return;

            default:
                OnBroken(context, outcome, lockId, watch, fix, fix.Seal.Value);
                return;
        }
    }

    private static void OnBroken(
        RuleContext context, Outcome outcome, string lockId, LockWatch watch, Observation fix, SealState seal)
    {
        var episodes = watch.Seal;
        if (context.InZone(fix.Position, ZoneKind.Unseal))
        {
            episodes.AuthorisedUnseal = true;
            return;
        }

        var opened = seal == SealState.Opened;
        if (episodes.AuthorisedUnseal || (opened ? episodes.OpenRaised : episodes.TamperRaised))
        {
            return;
        }

        if (opened)
        {
            episodes.OpenRaised = true;
        }
        else
        {
            episodes.TamperRaised = true;
        }

        var where = context.DistanceToUnsealZone(fix.Position) is { } d
            ? $"{Wording.Distance(d)} from the unsealing zone"
            : "with no unsealing zone declared";
        outcome.Raise(new Anomaly(
            opened ? AnomalyType.OPEN : AnomalyType.TAMP,
            Severity.Critical,
            fix.Time,
            fix.Position,
            lockId,
            new Evidence(
                context.EvidenceDistance(fix.Position),
                null,
                [.. TrackExcerpt.Tail(watch.Recent), fix],
                $"seal reported {(opened ? "opened" : "tampered")} {where}")));
    }
}
