using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tracker.Grains.Live;

/// <summary>
/// This silo's outbox of live changes. Grains publish here in memory (never a call per
/// change); every <see cref="Interval"/> the latest item of each changed object goes to its
/// live index shard, one call per shard with changes.
/// </summary>
public sealed partial class LiveFeed(IGrainFactory grains, ILogger<LiveFeed> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Every reporting grain publishes here, from every thread: a lock-free queue, coalesced once a tick.
    /// A dictionary updated in place made publishers queue on its locks (the ingest profile in BENCHMARKS.md).
    /// </summary>
    private readonly ConcurrentQueue<LiveItem> _pending = new();

    public void Publish(LiveItem item) => _pending.Enqueue(item);

    /// <summary>What was published since the last tick: the latest item of each object.</summary>
    private Dictionary<string, LiveItem> Drain()
    {
        var latest = new Dictionary<string, LiveItem>(StringComparer.Ordinal);
        while (_pending.TryDequeue(out var item))
        {
            if (!latest.TryGetValue(item.Id, out var known) || known.Time <= item.Time)
            {
                latest[item.Id] = item;
            }
        }

        return latest;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_pending.IsEmpty)
            {
                continue;
            }

            var batch = Drain();
            try
            {
                await Task.WhenAll(batch.Values.GroupBy(LiveIndex.ShardOf).Select(shard => Push(shard.Key, [.. shard], stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task Push(int shard, ImmutableArray<LiveItem> items, CancellationToken stoppingToken)
    {
        try
        {
            // A stop does not wait for a push to an index whose silo died: Orleans would hold
            // the call until that silo is declared dead, and the host's stop with it.
            await grains.Shard(shard).Push(items).WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Live views are a projection: a lost batch is superseded by the next change.
            LogPushFailed(e, items.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live feed could not push {Count} changes")]
    private partial void LogPushFailed(Exception exception, int count);
}
