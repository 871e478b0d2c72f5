namespace Tracker.Grains.ArrivalDeletions;

/// <summary>Keyed by container number: lets at most one open deletion request exist for the box.</summary>
[Alias("tracker.IDeletionGuardGrain")]
public interface IDeletionGuardGrain : IGrainWithStringKey
{
    /// <summary>Takes the container for <paramref name="requestId"/>; null when taken, or the id of the open request that holds it.</summary>
    [Alias("open")]
    Task<string?> Open(string requestId);
}
