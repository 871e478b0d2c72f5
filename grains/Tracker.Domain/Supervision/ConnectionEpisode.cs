namespace Tracker.Domain.Supervision;

/// <summary>Connection-at-risk state of a water-to-water transfer: part of <see cref="SupervisorState"/>.</summary>
public sealed class ConnectionEpisode
{
    /// <summary>When the latest ETA processed was observed; an ETA observed earlier is stale and ignored.</summary>
    public DateTimeOffset? LastObservedAt { get; set; }

    public DateTimeOffset? LastEta { get; set; }

    public bool Raised { get; set; }
}
