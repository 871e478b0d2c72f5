namespace Tracker.Grains.Indexes;

/// <summary>
/// A shard's entries by id, kept in pages of at most <see cref="PageSize"/> entries each, so that
/// a write holds the pages that changed and never the whole shard: a new entry goes to the last
/// page (a new one once it is full), a changed one stays on its page. Which pages changed since
/// the last write is what <see cref="PagedState{T}"/> writes.
/// </summary>
public sealed class PagedDictionary<T> : IReadOnlyDictionary<string, T>
{
    public const int PageSize = 256;

    private readonly List<Dictionary<string, T>> _pages = [];
    private readonly Dictionary<string, int> _pageOf = new(StringComparer.Ordinal);
    private readonly HashSet<int> _changed = [];

    public int Count => _pageOf.Count;

    public int PageCount => _pages.Count;

    public IEnumerable<string> Keys => _pageOf.Keys;

    public IEnumerable<T> Values => _pages.SelectMany(p => p.Values);

    public T this[string key] => _pages[_pageOf[key]][key];

    public bool ContainsKey(string key) => _pageOf.ContainsKey(key);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _pages.SelectMany(p => p).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool TryGetValue(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (_pageOf.TryGetValue(id, out var page))
        {
            value = _pages[page][id];
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string id, T value)
    {
        if (!_pageOf.TryGetValue(id, out var page))
        {
            if (_pages.Count == 0 || _pages[^1].Count >= PageSize)
            {
                _pages.Add(new Dictionary<string, T>(StringComparer.Ordinal));
            }

            page = _pages.Count - 1;
            _pageOf[id] = page;
        }

        _pages[page][id] = value;
        _changed.Add(page);
    }

    public bool Remove(string id)
    {
        if (!_pageOf.Remove(id, out var page))
        {
            return false;
        }

        _pages[page].Remove(id);
        _changed.Add(page);
        return true;
    }

    /// <summary>A stored page as it was read: it keeps its number, so that its entries are written back there.</summary>
    internal void Load(int page, IReadOnlyDictionary<string, T> items)
    {
        while (_pages.Count <= page)
        {
            _pages.Add(new Dictionary<string, T>(StringComparer.Ordinal));
        }

        foreach (var (id, value) in items)
        {
            if (_pageOf.TryAdd(id, page))
            {
                _pages[page][id] = value;
            }
        }
    }

    /// <summary>The pages changed since the last call, with their entries as they are now.</summary>
    internal List<(int Page, Dictionary<string, T> Items)> TakeChanged()
    {
        var changed = _changed.Order().Select(p => (p, _pages[p])).ToList();
        _changed.Clear();
        return changed;
    }

    /// <summary>A write failed: its pages are written again next time.</summary>
    internal void Unwritten(IEnumerable<int> pages) => _changed.UnionWith(pages);
}
