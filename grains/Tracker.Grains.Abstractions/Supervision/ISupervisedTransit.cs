namespace Tracker.Grains.Supervision;

/// <summary>What the schedule calls on a transit that is due.</summary>
[Alias("tracker.ISupervisedTransit")]
public interface ISupervisedTransit : IGrainWithStringKey
{
    /// <summary>Runs the time rules at <paramref name="now"/>; returns when to look again (null: never).</summary>
    [Alias("clock")]
    Task<DateTimeOffset?> OnClock(DateTimeOffset now);
}
