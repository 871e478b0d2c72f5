namespace Tracker.Grains.Indexes;

/// <summary>Before its entries were paged, a shard stored them as one record.</summary>
public static class WholeRecord
{
    /// <summary>
    /// Moves the old record's entries to the pages, written before the record is cleared, once.
    /// An entry the pages already hold (the move was cut short after its pages were written) is kept.
    /// </summary>
    public static async Task MoveToPages<TRecord, T>(IPersistentState<TRecord> record, IReadOnlyDictionary<string, T> entries, PagedDictionary<T> pages, Func<Task> writePages)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(writePages);
        if (!record.RecordExists)
        {
            return;
        }

        foreach (var (id, entry) in entries)
        {
            if (!pages.TryGetValue(id, out _))
            {
                pages.Set(id, entry);
            }
        }

        await writePages();
        await record.ClearStateAsync();
    }
}
