using System.Collections.Immutable;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// One party's list of requests (key: see <see cref="ArrivalDeletionIndex"/>): a tenant's, a terminal
/// facility's, an office's, or one shard of the list of all.
/// </summary>
[Alias("tracker.IArrivalDeletionIndexGrain")]
public interface IArrivalDeletionIndexGrain : IGrainWithStringKey
{
    /// <summary>Stored before the call returns: each change is a party's act, and rare.</summary>
    [Alias("upsert")]
    Task Upsert(ArrivalDeletionSummary request);

    /// <summary>Up to <see cref="ArrivalDeletionQuery.Take"/> + 1 matches after the query's cursor, newest first.</summary>
    [Alias("list")]
    Task<ImmutableArray<ArrivalDeletionSummary>> List(ArrivalDeletionQuery query);
}
