namespace Tracker.Ingest.Stores;

/// <summary>
/// Where a journal lives: numbered append-only segments and a checkpoint marker naming the
/// first segment still needed. Each implementation makes an append durable before it returns.
/// </summary>
public interface IJournalStore
{
    Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken);

    Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken);

    Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken);

    /// <summary>How much of this journal is still kept: what a crash would replay.</summary>
    Task<JournalBacklog> Backlog(CancellationToken cancellationToken);

    Task DeleteSegment(long segment, CancellationToken cancellationToken);

    /// <summary>The first segment a replay must read; null before the first checkpoint.</summary>
    Task<long?> ReadCheckpoint(CancellationToken cancellationToken);

    Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken);

    /// <summary>The silo that writes this journal now (its Orleans address, which changes on every start).</summary>
    Task WriteOwner(string silo, CancellationToken cancellationToken);

    Task<string?> ReadOwner(CancellationToken cancellationToken);

    /// <summary>Removes the journal once a surviving silo has replayed and retired all of it.</summary>
    Task DeleteOwner(CancellationToken cancellationToken);
}

/// <summary>Every journal in the store: this silo's own, and those of silos that died.</summary>
public interface IJournalStores
{
    IJournalStore Open(string name);

    Task<IReadOnlyList<string>> ListJournals(CancellationToken cancellationToken);

    /// <summary>Where batches that cannot be replayed are set aside, for every journal of the store.</summary>
    IQuarantine Quarantine { get; }
}

public readonly record struct JournalBacklog(int Segments, long Bytes);
