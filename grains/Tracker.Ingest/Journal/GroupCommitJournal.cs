using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Stores;

namespace Tracker.Ingest.Journal;

/// <summary>
/// The group commit: callers enqueue their batch and wait; one writer takes everything queued
/// (up to a block), makes it durable with one storage write, and releases all of them. Under
/// load many calls share one write; alone, a call pays for one write.
/// </summary>
public sealed partial class GroupCommitJournal(IJournalStore store, IOptions<JournalOptions> options, ILogger<GroupCommitJournal> logger)
    : IIngestJournal, IAsyncDisposable
{
    /// <summary>How many blocks go into one segment before the writer moves to the next (Azure allows 50,000).</summary>
    private const int MaxBlocksPerSegment = 40_000;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, SegmentUse> _uses = new();
    private readonly Lock _segmentLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _segment;
    private int _blocksInSegment;
    private Task? _writer;
    private volatile bool _open;
    private volatile bool _ready;

    public bool IsOpen => _open;

    public bool IsReady => _ready;

    /// <summary>
    /// Starts writing at <paramref name="segment"/>, after every segment a replay still has to
    /// read, and takes new batches. <see cref="IsReady"/> waits for <see cref="Replayed"/>.
    /// </summary>
    public void Open(long segment)
    {
        _segment = segment;
        _writer ??= Task.Run(WriteLoop);
        _open = true;
    }

    /// <summary>The journal left by the last run has been applied again: everything may be taken.</summary>
    public void Replayed() => _ready = _open;

    public async ValueTask<IDisposable> Append(IngestBatch batch)
    {
        var pending = new Pending(JsonSerializer.SerializeToUtf8Bytes(batch, JournalJson.Options));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The journal is closed: the host is stopping.");
        }

        return await pending.Done.Task;
    }

    /// <summary>
    /// Moves new batches to the next segment and waits until every batch written to the earlier
    /// ones has been applied. Returns the last segment that a checkpoint may now retire.
    /// </summary>
    public async Task<long> Rotate(CancellationToken cancellationToken)
    {
        long retired;
        lock (_segmentLock)
        {
            retired = _segment;
            _segment++;
            _blocksInSegment = 0;
        }

        foreach (var (segment, use) in _uses)
        {
            if (segment <= retired)
            {
                await use.Drained(cancellationToken);
                _uses.TryRemove(segment, out _);
            }
        }

        return retired;
    }

    /// <summary>Closes ingest and lets the writer finish what was queued. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        _open = false;
        _ready = false;
        if (!_queue.Writer.TryComplete())
        {
            return;
        }

        if (_writer is not null)
        {
            await _writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _stopping.CancelAsync();
        _stopping.Dispose();
    }

    private async Task WriteLoop()
    {
        var maxBytes = options.Value.MaxBlockBytes;
        var group = new List<Pending>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
        {
            group.Clear();
            var size = 0;
            while (size < maxBytes && reader.TryPeek(out var next) && (group.Count == 0 || size + next.Size <= maxBytes) && reader.TryRead(out next))
            {
                group.Add(next);
                size += next.Size;
            }

            var block = new byte[size];
            var offset = 0;
            foreach (var p in group)
            {
                offset += JournalFrames.Write(block.AsSpan(offset), p.Payload);
            }

            SegmentUse use;
            long segment;
            lock (_segmentLock)
            {
                if (_blocksInSegment++ >= MaxBlocksPerSegment)
                {
                    _segment++;
                    _blocksInSegment = 1;
                }

                segment = _segment;
                use = _uses.GetOrAdd(segment, _ => new SegmentUse());
                use.Acquire(group.Count);
            }

            try
            {
                await store.Append(segment, block, _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogAppendFailed(e, segment, group.Count);
                foreach (var p in group)
                {
                    use.Release();
                    p.Done.TrySetException(e);
                }

                continue;
            }

            foreach (var p in group)
            {
                p.Done.TrySetResult(use.Lease());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal append to segment {Segment} failed; {Count} batches were refused")]
    private partial void LogAppendFailed(Exception exception, long segment, int count);

    private sealed class Pending(byte[] payload)
    {
        public byte[] Payload { get; } = payload;

        public int Size => JournalFrames.HeaderSize + Payload.Length;

        public TaskCompletionSource<IDisposable> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
