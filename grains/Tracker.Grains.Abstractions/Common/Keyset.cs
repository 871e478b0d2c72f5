using System.Collections.Immutable;

namespace Tracker.Grains.Common;

/// <summary>Merges the pages of an index's shards into one page of the whole, in keyset order.</summary>
public static class Keyset
{
    /// <param name="shardPages">Each shard's first <paramref name="take"/> + 1 items after the cursor, in keyset order:
    /// one more than a page, so that a shard holding the whole rest still shows there is more.</param>
    public static (ImmutableArray<T> Items, KeysetCursor? Next) Merge<T>(IEnumerable<IReadOnlyList<T>> shardPages, int take, Func<T, KeysetCursor> key)
    {
        var merged = shardPages.SelectMany(p => p).OrderBy(key, KeysetCursor.Order).Take(take + 1).ToList();
        if (merged.Count <= take)
        {
            return ([.. merged], null);
        }

        merged.RemoveAt(take);
        return ([.. merged], key(merged[^1]));
    }

    /// <summary>One page of an index spread over <paramref name="shards"/> shard grains: each shard's first matches after the cursor, merged.</summary>
    public static async Task<(ImmutableArray<T> Items, KeysetCursor? Next)> Page<T>(int shards, Func<int, Task<ImmutableArray<T>>> list, int take, Func<T, KeysetCursor> key)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, shards).Select(list));
        return Merge(pages.Select(p => (IReadOnlyList<T>)p), take, key);
    }

    /// <summary>Every match of an index spread over shards, in keyset order: one call per shard, not one per page.</summary>
    public static async Task<List<T>> All<T>(int shards, Func<int, Task<ImmutableArray<T>>> list, Func<T, KeysetCursor> key)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, shards).Select(list));
        return [.. pages.SelectMany(p => p).OrderBy(key, KeysetCursor.Order)];
    }
}
