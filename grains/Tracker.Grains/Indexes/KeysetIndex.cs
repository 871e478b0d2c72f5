using Tracker.Grains.Common;

namespace Tracker.Grains.Indexes;

/// <summary>
/// A shard's items by id and in keyset order (newest first), in memory: a page is read from its
/// cursor on, not by sorting everything. Rebuilt from the shard's persisted items at activation.
/// </summary>
public sealed class KeysetIndex<T>(Func<T, KeysetCursor> key) where T : class
{
    /// <summary>Past every real key in keyset order: the oldest moment, and an id above any real one.</summary>
    private static readonly KeysetCursor End = new(DateTimeOffset.MinValue, "\uffff");

    private readonly SortedSet<KeysetCursor> _keys = new(KeysetCursor.Order);
    private readonly Dictionary<KeysetCursor, T> _items = [];

    public int Count => _items.Count;

    public void Add(T item)
    {
        var k = key(item);
        _keys.Add(k);
        _items[k] = item;
    }

    public void Replace(T previous, T item)
    {
        Remove(previous);
        Add(item);
    }

    public void Remove(T item)
    {
        var k = key(item);
        _keys.Remove(k);
        _items.Remove(k);
    }

    /// <summary>The items from <paramref name="at"/> on, including the item at it, in keyset order.</summary>
    public IEnumerable<T> From(KeysetCursor? at)
    {
        var keys = at is null || _keys.Count == 0 ? _keys : _keys.GetViewBetween(at, End);
        return keys.Select(k => _items[k]);
    }

    /// <summary>Up to <paramref name="take"/> items after <paramref name="after"/> that <paramref name="match"/>.</summary>
    public List<T> Page(KeysetCursor? after, int take, Func<T, bool> match)
    {
        var page = new List<T>();
        if (_keys.Count == 0 || take <= 0)
        {
            return page;
        }

        // The view starts at the cursor itself (inclusive), which belongs to the page before.
        var keys = after is null ? _keys : _keys.GetViewBetween(after, End);
        foreach (var k in keys)
        {
            if (page.Count >= take)
            {
                break;
            }

            if (!k.Equals(after) && _items[k] is var item && match(item))
            {
                page.Add(item);
            }
        }

        return page;
    }
}
