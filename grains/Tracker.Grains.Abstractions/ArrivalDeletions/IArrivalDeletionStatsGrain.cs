using Tracker.Domain.ArrivalDeletions;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// Running figures of one scope (key: <see cref="ArrivalDeletionIndex.OfOffice"/> of an office, or "all"):
/// counters and a bounded sample, so reading them never scans the requests.
/// </summary>
[Alias("tracker.IArrivalDeletionStatsGrain")]
public interface IArrivalDeletionStatsGrain : IGrainWithStringKey
{
    public const string All = "all";

    /// <summary>A request moved from <paramref name="from"/> (null: it is new) to <paramref name="to"/>.</summary>
    [Alias("record")]
    Task Record(ArrivalDeletionStatus? from, ArrivalDeletionStatus to, double? approvalMinutes);

    [Alias("get")]
    Task<ArrivalDeletionStats> Get();
}
