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
}
