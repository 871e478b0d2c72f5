namespace Tracker.Domain.Supervision;

/// <summary>Route-deviation state of one lock: part of <see cref="SupervisorState"/>.</summary>
public sealed class DeviationEpisode
{
    /// <summary>
    /// The hysteresis output: set beyond the buffer plus the deviation distance, cleared only within the buffer.
    /// </summary>
    public bool Outside { get; set; }

    /// <summary>The first fix of the stretch outside, which is also the start of the episode.</summary>
    public DateTimeOffset? Since { get; set; }

    public bool Raised { get; set; }

    /// <summary>After raising: the first fix of the current stretch back inside; the episode ends when it lasts.</summary>
    public DateTimeOffset? BackInsideSince { get; set; }

    /// <summary>The farthest beyond the corridor's edge the lock has been in this episode.</summary>
    public double MaxBeyondMeters { get; set; }

    /// <summary>The episode's fixes while it builds up: the evidence of the raise, emptied once raised.</summary>
    public List<Observation> Track { get; set; } = [];

    internal void Reset()
    {
        Outside = false;
        Since = null;
        Raised = false;
        BackInsideSince = null;
        MaxBeyondMeters = 0;
        Track.Clear();
    }
}
