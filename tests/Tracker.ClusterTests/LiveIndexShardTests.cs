using Tracker.Domain.Transit;
using Tracker.Grains.Live;

namespace Tracker.ClusterTests;

/// <summary>The live index is spread over shards by transit: a snapshot is every shard's objects, each once, at its newest.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class LiveIndexShardTests(ClusterFixture fixture)
{
    private static LiveItem Lock(string id, string transit, DateTimeOffset time, string container) => new(
        LiveItem.KeyOf(LiveKind.Lock, id), LiveKind.Lock, time, ConsignmentMode.Road, 36.0, 120.3, ConsignmentId: transit, Containers: [container]);

    [Fact]
    public async Task A_snapshot_gathers_every_shard_and_keeps_the_newest_item_of_an_object_that_changed_transit()
    {
        var container = Ids.Container();
        var now = DateTimeOffset.UtcNow;
        // Enough transits that their items fall in many shards.
        var items = Enumerable.Range(0, 40).Select(i => Lock(Ids.Unique("L"), Ids.Unique("RT"), now, container)).ToList();
        foreach (var shard in items.GroupBy(LiveIndex.ShardOf))
        {
            await fixture.Grains.Shard(shard.Key).Push([.. shard]);
        }

        // The first lock, bound later to another transit of another shard, reports again.
        var moved = items[0] with { ConsignmentId = NextTransitOfAnotherShard(items[0]), Time = now.AddMinutes(1) };
        await fixture.Grains.Shard(LiveIndex.ShardOf(moved)).Push([moved]);

        var snapshot = await LiveIndex.Snapshot(fixture.Grains, "container:" + container);

        Assert.True(items.Select(LiveIndex.ShardOf).Distinct().Count() > 4);
        Assert.Equal(items.Select(i => i.Id).Order(StringComparer.Ordinal), snapshot.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(moved.ConsignmentId, snapshot.Single(i => i.Id == moved.Id).ConsignmentId);
    }

    [Fact]
    public async Task A_container_view_follows_the_boxes_an_item_carries_now()
    {
        var (first, second) = (Ids.Container(), Ids.Container());
        var transit = Ids.Unique("RT");
        var now = DateTimeOffset.UtcNow;
        var item = Lock(Ids.Unique("L"), transit, now, first);
        var shard = fixture.Grains.Shard(LiveIndex.ShardOf(item));
        await shard.Push([item]);
        await shard.Push([item with { Containers = [second], Time = now.AddSeconds(1) }]);

        Assert.Empty(await LiveIndex.Snapshot(fixture.Grains, "container:" + first));
        Assert.Equal(item.Id, Assert.Single(await LiveIndex.Snapshot(fixture.Grains, "container:" + second)).Id);
    }

    private static string NextTransitOfAnotherShard(LiveItem item)
    {
        while (true)
        {
            var transit = Ids.Unique("RT");
            if (LiveIndex.ShardOf(item with { ConsignmentId = transit }) != LiveIndex.ShardOf(item))
            {
                return transit;
            }
        }
    }
}
