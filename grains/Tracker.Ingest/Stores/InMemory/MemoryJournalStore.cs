using System.Collections.Concurrent;


namespace Tracker.Ingest.Stores.InMemory;

/// <summary>A journal that lives as long as the process: the Memory provider, for tests and benchmarks.</summary>
public sealed class MemoryJournalStore : IJournalStore
{
    private readonly ConcurrentDictionary<long, MemoryStream> _segments = new();
    private long? _checkpoint;
    private string? _owner;

    public Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([.. _segments.Keys.Order()]);

    public Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        var stream = _segments.GetOrAdd(segment, _ => new MemoryStream());
        lock (stream)
        {
            stream.Write(block.Span);
        }

        return Task.CompletedTask;
    }

    public Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken)
    {
        var stream = _segments.GetValueOrDefault(segment);
        if (stream is null)
        {
            return Task.FromResult(Array.Empty<byte>());
        }

        lock (stream)
        {
            return Task.FromResult(stream.ToArray());
        }
    }

    public Task<JournalBacklog> Backlog(CancellationToken cancellationToken) =>
        Task.FromResult(new JournalBacklog(_segments.Count, _segments.Values.Sum(s => { lock (s) { return s.Length; } })));

    public Task DeleteSegment(long segment, CancellationToken cancellationToken)
    {
        _segments.TryRemove(segment, out _);
        return Task.CompletedTask;
    }

    public Task<long?> ReadCheckpoint(CancellationToken cancellationToken) => Task.FromResult(_checkpoint);

    public Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken)
    {
        _checkpoint = firstNeededSegment;
        return Task.CompletedTask;
    }

    public Task WriteOwner(string silo, CancellationToken cancellationToken)
    {
        _owner = silo;
        return Task.CompletedTask;
    }

    public Task<string?> ReadOwner(CancellationToken cancellationToken) => Task.FromResult(_owner);

    public Task DeleteOwner(CancellationToken cancellationToken)
    {
        _owner = null;
        return Task.CompletedTask;
    }
}
