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
}
