using Tracker.Grains.Common;

namespace Tracker.Grains.Supervision;

/// <summary>The supervision schedule, spread over <see cref="ShardCount"/> shard grains by consignment id.</summary>
public static class SupervisionSchedule
{
    /// <summary>Fixed: a transit's shard is found by its id, so changing it needs the schedule rebuilt.</summary>
    public const int ShardCount = 64;

    public static ISupervisionScheduleGrain ScheduleOf(this IGrainFactory grains, string consignmentId) =>
        grains.Ref<ISupervisionScheduleGrain>(Shards.Of(consignmentId, ShardCount));

    public static IEnumerable<ISupervisionScheduleGrain> AllShards(IGrainFactory grains) =>
        Enumerable.Range(0, ShardCount).Select(s => grains.Ref<ISupervisionScheduleGrain>(s));
}
