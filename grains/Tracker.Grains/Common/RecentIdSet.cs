using System.Collections;

namespace Tracker.Grains.Common;

/// <summary>
/// A deduplication window: the newest <see cref="Capacity"/> ids, in the order they were added, the oldest
/// forgotten first. Stored as a JSON array (a <see cref="HashSet{T}"/> of ids stored before reads the same),
/// so a grain's state stays bounded however long it lives.
/// </summary>
public sealed class RecentIdSet : ICollection<string>
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public RecentIdSet()
        : this(int.MaxValue)
    {
    }

    public RecentIdSet(int capacity) => Capacity = capacity;

    /// <summary>Not stored: the state class sets it (see its setter) whenever it is created or read back.</summary>
    public int Capacity { get; private set; }

    public int Count => _ids.Count;

    bool ICollection<string>.IsReadOnly => false;

    /// <summary>This collection with at most <paramref name="capacity"/> ids kept from now on (the oldest dropped now).</summary>
    public RecentIdSet Bounded(int capacity)
    {
        Capacity = capacity;
        Trim();
        return this;
    }

    /// <summary>False if the id is in the window (a duplicate); otherwise remembers it, forgetting the oldest past the capacity.</summary>
    public bool Add(string id)
    {
        if (!_ids.Add(id))
        {
            return false;
        }

        _order.Enqueue(id);
        Trim();
        return true;
    }

    void ICollection<string>.Add(string item) => Add(item);

    public bool Contains(string item) => _ids.Contains(item);

    public void Clear()
    {
        _ids.Clear();
        _order.Clear();
    }

    public void CopyTo(string[] array, int arrayIndex) => _order.CopyTo(array, arrayIndex);

    bool ICollection<string>.Remove(string item) => throw new NotSupportedException("ids leave the window oldest first");

    public IEnumerator<string> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Trim()
    {
        while (_order.Count > Capacity)
        {
            _ids.Remove(_order.Dequeue());
        }
    }
}
