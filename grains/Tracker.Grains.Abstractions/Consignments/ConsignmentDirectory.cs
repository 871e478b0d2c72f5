using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

/// <summary>
/// The consignment list, spread over <see cref="ShardCount"/> shard grains by consignment id, so
/// that no single grain lies in the path of every declaration and status change.
/// </summary>
public static class ConsignmentDirectory
{
    /// <summary>Fixed: a consignment's shard is found by it, so changing it needs the list rebuilt.</summary>
    public const int ShardCount = 64;

    public static KeysetCursor Key(ConsignmentSummary c) => new(c.DeclaredAt, c.Id);

    public static IConsignmentDirectoryGrain ShardOf(this IGrainFactory grains, string consignmentId) =>
        grains.Ref<IConsignmentDirectoryGrain>(Shards.Of(consignmentId, ShardCount));

    /// <summary>One page of the whole list: every shard's first matches after the cursor, merged.</summary>
    public static async Task<ConsignmentPage> List(IGrainFactory grains, ConsignmentQuery query)
    {
        var (items, next) = await Keyset.Page(ShardCount, s => grains.Ref<IConsignmentDirectoryGrain>(s).List(query), query.Take, Key);
        return new ConsignmentPage(items, next);
    }

    /// <summary>Every match, for figures over the whole list: one call per shard, not one per page.</summary>
    public static Task<List<ConsignmentSummary>> All(IGrainFactory grains, ConsignmentQuery query)
    {
        var all = query with { After = null, Take = int.MaxValue - 1 };
        return Keyset.All(ShardCount, s => grains.Ref<IConsignmentDirectoryGrain>(s).List(all), Key);
    }
}
