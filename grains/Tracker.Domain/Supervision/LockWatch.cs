namespace Tracker.Domain.Supervision;

/// <summary>The rule state of one lock: part of <see cref="SupervisorState"/>.</summary>
public sealed class LockWatch
{
    /// <summary>Time of the latest fix processed; an older fix is late and is replayed in its place (<see cref="Reorder"/>).</summary>
    public DateTimeOffset? LastFixAt { get; set; }

    /// <summary>The latest fixes, oldest first and bounded, for evidence and for comparing with the vehicle's track.</summary>
    public List<Observation> Recent { get; set; } = [];

    public DeviationEpisode Deviation { get; set; } = new();

    /// <summary>The stop under way, if the latest fix was stationary.</summary>
    public StopEpisode? Stop { get; set; }

    public SealEpisodes Seal { get; set; } = new();

    /// <summary>SLOS has been raised and no fix has come since.</summary>
    public bool SignalLost { get; set; }

    /// <summary>The recent fixes and the state before them, to place a late fix in time order; null before the first fix.</summary>
    public ReorderWindow? Reorder { get; set; }
}
