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

    /// <summary>
    /// One page of container rows over every shard. A shard whose budget ran out leaves a frontier; rows past the
    /// earliest frontier are held back (that shard may have rows before them), and the page ends there with a
    /// cursor to go on from, so a filter matching little costs a bounded amount per request however long the list.
    /// </summary>
    public static async Task<ContainerPage> ListContainers(IGrainFactory grains, ContainerQuery query)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, ShardCount).Select(s => grains.Ref<IConsignmentDirectoryGrain>(s).ListContainers(query)));
        return MergeContainers(shards, query.Take);
    }

    public static ContainerPage MergeContainers(IReadOnlyCollection<ContainerRows> shards, int take)
    {
        var frontier = shards.Select(s => s.Frontier).OfType<KeysetCursor>().Order(KeysetCursor.Order).FirstOrDefault();
        var rows = shards.SelectMany(s => s.Rows)
            .Where(r => frontier is null || KeysetCursor.Order.Compare(ContainerRows.Key(r), frontier) <= 0);
        var (items, next) = Keyset.Merge([rows.ToList()], take, ContainerRows.Key);
        return new ContainerPage(items, next ?? frontier);
    }

    /// <summary>Every match, for figures over the whole list: one call per shard, not one per page.</summary>
    public static Task<List<ConsignmentSummary>> All(IGrainFactory grains, ConsignmentQuery query)
    {
        var all = query with { After = null, Take = int.MaxValue - 1 };
        return Keyset.All(ShardCount, s => grains.Ref<IConsignmentDirectoryGrain>(s).List(all), Key);
    }
}
