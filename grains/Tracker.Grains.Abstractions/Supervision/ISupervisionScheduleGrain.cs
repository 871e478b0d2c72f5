namespace Tracker.Grains.Supervision;

/// <summary>
/// When each open transit must next be looked at with no input (signal lost, overdue). One
/// persisted list wakes the transits that are due, so that idle transits need not stay
/// activated to watch a clock, and every check survives a restart of the silo.
/// </summary>
[Alias("tracker.ISupervisionScheduleGrain")]
public interface ISupervisionScheduleGrain : IGrainWithIntegerKey
{
    /// <summary>Look at the transit no later than <paramref name="at"/>; null stops watching it.</summary>
    [Alias("watch")]
    Task Watch(string consignmentId, DateTimeOffset? at);

    /// <summary>Keeps the schedule active: called by every silo at start and now and then.</summary>
    [Alias("ping")]
    Task<int> Ping();
}
