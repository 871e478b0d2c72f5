namespace Tracker.Grains.ArrivalDeletions;

public sealed class DeletionGuardState
{
    /// <summary>The request that took the container last; it holds it while open.</summary>
    public string? RequestId { get; set; }

    public DateTimeOffset? TakenAt { get; set; }
}
