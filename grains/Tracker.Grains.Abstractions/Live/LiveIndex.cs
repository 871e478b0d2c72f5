using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Live;

/// <summary>
/// The live index, spread over <see cref="ShardCount"/> shard grains. An item goes to the shard of
/// its transit (the object's own id when it has none), so that a transit and everything it moved
/// share a shard, and forgetting a closed transit's objects is one shard's business. An object
/// that moves to another transit may be left for a while in its old one's shard: a snapshot keeps
/// the newest item of each object.
/// </summary>
public static class LiveIndex
{
    /// <summary>Each silo's feed pushes to every shard with changes each tick, and each shard notifies every host: kept small.</summary>
    public const int ShardCount = 16;

    public static int ShardOf(LiveItem item) => Shards.Of(item.ConsignmentId ?? item.Id, ShardCount);

    public static ILiveIndexGrain Shard(this IGrainFactory grains, int shard) => grains.Ref<ILiveIndexGrain>(shard);

    public static IEnumerable<ILiveIndexGrain> AllShards(IGrainFactory grains) =>
        Enumerable.Range(0, ShardCount).Select(grains.Shard);

    /// <summary>Every shard's items of the view, one item per object: the newest.</summary>
    public static async Task<List<LiveItem>> Snapshot(IGrainFactory grains, string view)
    {
        var parts = await Task.WhenAll(AllShards(grains).Select(s => s.Snapshot(view)));
        return Newest(parts);
    }

    public static List<LiveItem> Newest(IEnumerable<ImmutableArray<LiveItem>> parts)
    {
        var newest = new Dictionary<string, LiveItem>(StringComparer.Ordinal);
        foreach (var item in parts.SelectMany(p => p))
        {
            if (!newest.TryGetValue(item.Id, out var known) || known.Time < item.Time)
            {
                newest[item.Id] = item;
            }
        }

        return [.. newest.Values];
    }
}
