using System.Collections.Immutable;

namespace Tracker.Grains.Checkpoints;

/// <summary>
/// One clock for the cluster's checkpoints, so that silos with skewed clocks still agree on
/// "before" and "after". A journal segment may go once every active silo has started a flush
/// after the segment was applied: the grains that took its reports may live on any silo.
/// </summary>
[Alias("tracker.ICheckpointClockGrain")]
public interface ICheckpointClockGrain : IGrainWithIntegerKey
{
    /// <summary>A reading that increases with every call.</summary>
    [Alias("now")]
    Task<long> Now();

    [Alias("completed")]
    Task Completed(string silo, long flushStartedAt);

    /// <summary>The earliest last checkpoint among the silos; null while one of them has none.</summary>
    [Alias("earliest")]
    Task<long?> Earliest(ImmutableArray<string> silos);

    /// <summary>
    /// Asks every silo to replay its journal: a grain lost changes it could not write (its
    /// flush failed on deactivation) and they are only in some silo's journal. Idempotent: the
    /// silo that asks sends its request again until every silo has answered it.
    /// </summary>
    [Alias("request-replay")]
    Task RequestReplay(long requestedAt);

    /// <summary>The latest replay request (0: none).</summary>
    [Alias("replay-requested")]
    Task<long> ReplayRequested();

    [Alias("replayed")]
    Task Replayed(string silo, long request);

    /// <summary>True once each of <paramref name="silos"/> has replayed its journal after <paramref name="request"/>.</summary>
    [Alias("all-replayed")]
    Task<bool> AllReplayed(ImmutableArray<string> silos, long request);
}
