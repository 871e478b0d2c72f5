namespace Tracker.Grains.Indexes;

/// <summary>One stored page of a <see cref="PagedDictionary{T}"/>: a record of its own.</summary>
public sealed class EntryPage<T>
{
    public Dictionary<string, T> Items { get; set; } = new(StringComparer.Ordinal);
}
