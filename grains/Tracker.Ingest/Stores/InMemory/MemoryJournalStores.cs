using System.Collections.Concurrent;


namespace Tracker.Ingest.Stores.InMemory;

/// <summary>The Memory provider's journals: one process, nothing to take over.</summary>
public sealed class MemoryJournalStores : IJournalStores
{
    private readonly ConcurrentDictionary<string, MemoryJournalStore> _journals = new(StringComparer.Ordinal);

    public IJournalStore Open(string name) => _journals.GetOrAdd(name, _ => new MemoryJournalStore());

    public IQuarantine Quarantine { get; } = new MemoryQuarantine();

    public Task<IReadOnlyList<string>> ListJournals(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _journals.Keys]);
}
