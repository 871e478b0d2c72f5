using Tracker.Domain.ArrivalDeletions;
using Tracker.Grains.Storage;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// One scope's figures: counters and a bounded sample of approval times, written per change (a
/// handful of numbers), so the figures cost the same at ten requests or a million.
/// </summary>
public sealed class ArrivalDeletionStatsGrain(
    [PersistentState("arrival-deletion-stats", TrackerStorage.Name)] IPersistentState<ArrivalDeletionStatsState> state) : Grain, IArrivalDeletionStatsGrain
{
    /// <summary>Enough for stable percentiles; the max is kept over all approvals.</summary>
    public const int SampleSize = 1024;

    public Task Record(ArrivalDeletionStatus? from, ArrivalDeletionStatus to, double? approvalMinutes)
    {
        if (from == to)
        {
            return Task.CompletedTask;
        }

        var s = state.State;
        if (from is null)
        {
            s.Requested++;
        }

        s.Open += (ArrivalDeletionWorkflow.IsOpenStatus(to) ? 1 : 0) - (from is { } f && ArrivalDeletionWorkflow.IsOpenStatus(f) ? 1 : 0);
        switch (to)
        {
            case ArrivalDeletionStatus.Approved:
                s.Approved++;
                if (approvalMinutes is { } minutes)
                {
                    Sample(s, minutes);
                }

                break;
            case ArrivalDeletionStatus.Rejected:
                s.Rejected++;
                break;
            case ArrivalDeletionStatus.Refused:
                s.Refused++;
                break;
        }

        return state.WriteStateAsync();
    }

    public Task<ArrivalDeletionStats> Get()
    {
        var s = state.State;
        var sorted = s.Sample.Order().ToArray();
        return Task.FromResult(new ArrivalDeletionStats(
            s.Requested, s.Open, s.Approved, s.Rejected, s.Refused,
            new ApprovalMinutes(s.Approved, Percentile(sorted, 0.5), Percentile(sorted, 0.9), s.MaxApprovalMinutes)));
    }

    private static void Sample(ArrivalDeletionStatsState s, double minutes)
    {
        s.MaxApprovalMinutes = Math.Max(s.MaxApprovalMinutes ?? minutes, minutes);
        if (s.Sample.Count < SampleSize)
        {
            s.Sample.Add(minutes);
            return;
        }

        s.Sample[s.Next] = minutes;
        s.Next = (s.Next + 1) % SampleSize;
    }

    /// <summary>Nearest rank: a value that occurred, not an interpolation between two.</summary>
    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)], 2);
}
