namespace Tracker.Grains.Indexes;

/// <summary>Before the indexes were sharded, shard 0's record was the whole index: what it holds of the other shards goes to them.</summary>
public static class Strangers
{
    /// <summary>
    /// Sends every entry that belongs to another shard there, 256 at once (stored there before it
    /// is dropped here), then drops them here and writes. Returns the entries that moved.
    /// </summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, T>>> MoveHome<T>(
        PagedDictionary<T> entries, Func<string, bool> isMine, Func<string, T, Task> sendHome, Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(isMine);
        ArgumentNullException.ThrowIfNull(sendHome);
        ArgumentNullException.ThrowIfNull(write);
        var strangers = entries.Where(e => !isMine(e.Key)).ToList();
        if (strangers.Count == 0)
        {
            return strangers;
        }

        foreach (var chunk in strangers.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(e => sendHome(e.Key, e.Value)));
        }

        foreach (var (id, _) in strangers)
        {
            entries.Remove(id);
        }

        await write();
        return strangers;
    }
}
