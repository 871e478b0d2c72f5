namespace Tracker.Grains.Supervision;

/// <summary>
/// When each open transit must next be looked at with no input (signal lost, overdue). Persisted
/// lists wake the transits that are due, so that idle transits need not stay activated to watch a
/// clock, and every check survives a restart of the silo. Key: the shard's number, see
/// <see cref="SupervisionSchedule"/>.
/// </summary>
[Alias("tracker.ISupervisionScheduleGrain")]
public interface ISupervisionScheduleGrain : IGrainWithIntegerKey
{
    /// <summary>Look at the transit no later than <paramref name="at"/>; null stops watching it.</summary>
    [Alias("watch")]
    Task Watch(string consignmentId, DateTimeOffset? at);

    /// <summary>Keeps the shard active: called by every silo at start and now and then; answers how many it watches.</summary>
    [Alias("ping")]
    Task<int> Ping();
}
