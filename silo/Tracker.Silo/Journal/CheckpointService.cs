using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Tracker.Api.Ingest;
using Tracker.Api.Ingest.Journal;
using Tracker.Grains.Checkpoints;

namespace Tracker.Silo.Journal;

/// <summary>
/// Recovery at start and checkpoints after it. At start, every journal segment from the last
/// checkpoint on is replayed through the grains (idempotent: replayed reports already applied
/// count as duplicates), then a checkpoint retires it and ingest opens. Every interval after,
/// a checkpoint writes the state of every grain changed since the last one and deletes the
/// journal segments that state now covers.
/// </summary>
public sealed partial class CheckpointService(
    IJournalStore store,
    IngestJournal journal,
    IngestDispatcher dispatcher,
    DirtyGrains dirty,
    IOptions<JournalOptions> options,
    ILogger<CheckpointService> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>Grains flushed at once: enough to overlap storage round trips, not enough to flood it.</summary>
    private const int FlushConcurrency = 32;

    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private Task? _loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var next = await Replay(cancellationToken);
        journal.Open(next);
        await Checkpoint(cancellationToken);
        _loop = Task.Run(Loop, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // A last checkpoint while the silo still runs: a clean stop leaves nothing to replay.
        await journal.DisposeAsync();
        await Checkpoint(cancellationToken);
    }

    /// <summary>Writes every changed grain and retires the journal behind it.</summary>
    public async Task Checkpoint(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var retired = await journal.Rotate(cancellationToken);
            var grains = dirty.Snapshot();
            await Parallel.ForEachAsync(
                grains,
                new ParallelOptions { MaxDegreeOfParallelism = FlushConcurrency, CancellationToken = cancellationToken },
                async (grain, _) => await grain.Flush());

            await store.WriteCheckpoint(retired + 1, cancellationToken);
            foreach (var segment in await store.ListSegments(cancellationToken))
            {
                if (segment <= retired)
                {
                    await store.DeleteSegment(segment, cancellationToken);
                }
            }

            LogCheckpoint(grains.Count, retired + 1, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        _oneAtATime.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<long> Replay(CancellationToken cancellationToken)
    {
        var from = await store.ReadCheckpoint(cancellationToken) ?? 0;
        var segments = await store.ListSegments(cancellationToken);
        var batches = 0;
        foreach (var segment in segments.Where(s => s >= from))
        {
            var bytes = await store.ReadSegment(segment, cancellationToken);
            foreach (var record in JournalFrames.Read(bytes))
            {
                var batch = JsonSerializer.Deserialize<IngestBatch>(record.Span, JournalJson.Options);
                if (batch is not null)
                {
                    await dispatcher.Apply(batch);
                    batches++;
                }
            }
        }

        if (batches > 0)
        {
            LogReplayed(batches, from);
        }

        // New batches go after everything on disk: a torn tail is never appended to.
        return Math.Max(from, segments.Count > 0 ? segments[^1] + 1 : 0);
    }

    private async Task Loop()
    {
        var interval = TimeSpan.FromSeconds(options.Value.CheckpointSeconds);
        using var timer = new PeriodicTimer(interval);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await Checkpoint(_stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The journal keeps everything until a checkpoint succeeds: nothing is lost, only retried.
                LogCheckpointFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {Batches} journaled batches from segment {From}")]
    private partial void LogReplayed(int batches, long from);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checkpoint: {Grains} grains written, journal kept from segment {Next}, in {Milliseconds:0} ms")]
    private partial void LogCheckpoint(int grains, long next, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint failed; the journal is kept and the next checkpoint retries")]
    private partial void LogCheckpointFailed(Exception exception);
}
