using Tracker.Domain.ArrivalDeletions;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>One arrival-report deletion request, keyed by its id; every step is stored before the call returns.</summary>
[Alias("tracker.IArrivalDeletionGrain")]
public interface IArrivalDeletionGrain : IGrainWithStringKey
{
    /// <summary>Stores the new request; the same id again answers the stored one (a retried call).</summary>
    [Alias("create")]
    Task<ArrivalDeletionView> Create(ArrivalDeletionView request);

    /// <summary>
    /// A party's step (roles and scope are the caller's to check). Confirming checks the box is still in the
    /// terminal under its arrival report; approving deletes the report on the container (and re-sends it when asked).
    /// </summary>
    [Alias("act")]
    Task<ArrivalDeletionResult> Act(ArrivalDeletionStep step, string by, string role, string? note);

    [Alias("get")]
    Task<ArrivalDeletionView?> Get();
}
