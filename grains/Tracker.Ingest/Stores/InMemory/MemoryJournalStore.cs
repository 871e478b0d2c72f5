using System.Collections.Concurrent;


namespace Tracker.Ingest.Stores.InMemory;

/// <summary>A journal that lives as long as the process: the Memory provider, for tests and benchmarks.</summary>
/// <remarks>
/// A segment is its list of blocks, not one growing buffer: a MemoryStream doubled and copied its
/// megabytes over and over on the large-object heap (5% of ingest CPU in the profile in BENCHMARKS.md).
/// </remarks>
public sealed class MemoryJournalStore : IJournalStore
{
    private readonly ConcurrentDictionary<long, Segment> _segments = new();
    private long? _checkpoint;
    private string? _owner;

    public Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([.. _segments.Keys.Order()]);

    public Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        var blocks = _segments.GetOrAdd(segment, _ => new Segment());
        var copy = block.ToArray();
        lock (blocks)
        {
            blocks.Blocks.Add(copy);
            blocks.Length += copy.Length;
        }

        return Task.CompletedTask;
    }

    public Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken)
    {
        var blocks = _segments.GetValueOrDefault(segment);
        if (blocks is null)
        {
            return Task.FromResult(Array.Empty<byte>());
        }

        lock (blocks)
        {
            var whole = new byte[blocks.Length];
            var at = 0;
            foreach (var block in blocks.Blocks)
            {
                block.CopyTo(whole, at);
                at += block.Length;
            }

            return Task.FromResult(whole);
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

    private sealed class Segment
    {
        public List<byte[]> Blocks { get; } = [];

        public long Length { get; set; }
    }
}
