using Tracker.Grains.Common;

namespace Tracker.UnitTests.Sharding;

public class ShardsTests
{
    [Fact]
    public void A_key_keeps_its_shard_across_processes()
    {
        // Persisted shards are found by this value: it must not change between runs or versions.
        // Pinned values: string.GetHashCode would differ in every process.
        Assert.Equal(12, Shards.Of("CN-QD-2026-000001", 64));
        Assert.Equal(45, Shards.Of("MSKU1234565", 64));
    }

    [Fact]
    public void Keys_spread_evenly_over_the_shards()
    {
        var counts = new int[64];
        for (var i = 0; i < 64_000; i++)
        {
            counts[Shards.Of($"CN-QD-2026-{i:D6}", 64)]++;
        }

        // 1,000 a shard on average; a shard twice as full would be twice as slow.
        Assert.All(counts, c => Assert.InRange(c, 800, 1_200));
    }
}
