namespace Tracker.Silo.Journal;

/// <summary>
/// Where a journal lives: numbered append-only segments and a checkpoint marker naming the
/// first segment still needed. Each implementation makes an append durable before it returns.
/// </summary>
public interface IJournalStore
{
    Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken);

    Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken);

    Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken);

    Task DeleteSegment(long segment, CancellationToken cancellationToken);

    /// <summary>The first segment a replay must read; null before the first checkpoint.</summary>
    Task<long?> ReadCheckpoint(CancellationToken cancellationToken);

    Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken);
}
