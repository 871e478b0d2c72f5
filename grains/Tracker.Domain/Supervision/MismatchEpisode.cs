namespace Tracker.Domain.Supervision;

/// <summary>Track-mismatch state of one lock and vehicle pair: part of <see cref="SupervisorState"/>.</summary>
public sealed class MismatchEpisode
{
    public string LockId { get; set; } = "";

    public string VehicleId { get; set; } = "";

    /// <summary>Both tracks have been compared at every fix time up to here; later fixes are compared from here on.</summary>
    public DateTimeOffset? ComparedUntil { get; set; }

    /// <summary>The latest time at which both positions were known and compared.</summary>
    public DateTimeOffset? LastSampleAt { get; set; }

    /// <summary>The hysteresis output: set beyond the mismatch distance, cleared within the return distance.</summary>
    public bool Apart { get; set; }

    public DateTimeOffset? Since { get; set; }

    public bool Raised { get; set; }

    public DateTimeOffset? TogetherSince { get; set; }

    public double MaxDistanceMeters { get; set; }

    /// <summary>The lock's fixes of the episode while it builds up: the evidence of the raise, emptied once raised.</summary>
    public List<Observation> Track { get; set; } = [];

    internal void Reset()
    {
        Apart = false;
        Since = null;
        Raised = false;
        TogetherSince = null;
        MaxDistanceMeters = 0;
        Track.Clear();
    }
}
