using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Alerts;

/// <summary>The alert list, spread over <see cref="ShardCount"/> shard grains by alert id.</summary>
public static class AlertIndex
{
    /// <summary>Fixed: an alert's shard is found by it, so changing it needs the index rebuilt.</summary>
    public const int ShardCount = 64;

    public static KeysetCursor Key(AlertSummary a) => new(a.RaisedAt, a.Id);

    public static IAlertIndexGrain AlertShardOf(this IGrainFactory grains, string alertId) =>
        grains.Ref<IAlertIndexGrain>(Shards.Of(alertId, ShardCount));

    public static Task<(ImmutableArray<AlertSummary> Items, KeysetCursor? Next)> List(IGrainFactory grains, AlertQuery query) =>
        Keyset.Page(ShardCount, s => grains.Ref<IAlertIndexGrain>(s).List(query), query.Take, Key);

    /// <summary>Open and acknowledged alerts of an office (null: all): one counter read per shard, no alert read.</summary>
    public static async Task<AlertCounts> Counts(IGrainFactory grains, string? office)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, ShardCount).Select(s => grains.Ref<IAlertIndexGrain>(s).Counts(office)));
        return shards.Aggregate(AlertCounts.Zero, (sum, c) => sum.Plus(c));
    }

    /// <summary>Every match, for figures over the whole index: one call per shard.</summary>
    public static Task<List<AlertSummary>> All(IGrainFactory grains, AlertQuery query)
    {
        var all = query with { After = null, Take = int.MaxValue - 1 };
        return Keyset.All(ShardCount, s => grains.Ref<IAlertIndexGrain>(s).List(all), Key);
    }
}
