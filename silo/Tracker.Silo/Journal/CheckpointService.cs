using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Tracker.Api.Ingest;
using Tracker.Api.Ingest.Journal;
using Tracker.Grains.Checkpoints;

namespace Tracker.Silo.Journal;

/// <summary>
/// Recovery at start and checkpoints after it.
/// <list type="bullet">
/// <item>At start, this silo's journal is replayed from its last checkpoint through the grains
/// (idempotent: what was applied already counts as duplicates), then ingest opens.</item>
/// <item>Every interval, a checkpoint writes the state of every grain of this silo changed since
/// the last one.</item>
/// <item>A journal segment is deleted once every active silo has flushed after the segment was
/// applied, since the grains that took its reports may live on any silo.</item>
/// <item>The journal of a silo that left the cluster without retiring it (killed) is replayed
/// here, so its acknowledged reports reach the grains that now live elsewhere.</item>
/// </list>
/// </summary>
public sealed partial class CheckpointService(
    IJournalStores stores,
    IJournalStore own,
    IngestJournal journal,
    IngestDispatcher dispatcher,
    DirtyGrains dirty,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<JournalOptions> options,
    ILogger<CheckpointService> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>Grains flushed at once: enough to overlap storage round trips, not enough to flood it.</summary>
    private const int FlushConcurrency = 32;

    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<Retirement> _retirements = [];
    private readonly HashSet<string> _takenOver = new(StringComparer.Ordinal);
    private Task? _loop;

    private string Self => silo.SiloAddress.ToParsableString();

    private ICheckpointClockGrain Clock => grains.GetGrain<ICheckpointClockGrain>(0);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await own.WriteOwner(Self, cancellationToken);
        var (next, _) = await Replay(own, cancellationToken);
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

        // A last checkpoint while the silo still runs: a clean stop leaves little to replay.
        await journal.DisposeAsync();
        await Checkpoint(cancellationToken);
    }

    /// <summary>Writes every changed grain of this silo and retires the journal that all silos' state now covers.</summary>
    public async Task Checkpoint(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var retired = await journal.Rotate(cancellationToken);
            _retirements.Add(new Retirement(own, retired, await Clock.Now(), Whole: false));

            var flushStarted = await Clock.Now();
            var flushed = dirty.Snapshot();
            await Parallel.ForEachAsync(
                flushed,
                new ParallelOptions { MaxDegreeOfParallelism = FlushConcurrency, CancellationToken = cancellationToken },
                async (grain, _) => await grain.Flush());
            await Clock.Completed(Self, flushStarted);

            await TakeOverDeadJournals(cancellationToken);
            await Retire(cancellationToken);
            LogCheckpoint(flushed.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
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

    private async Task<(long Next, long LastReplayed)> Replay(IJournalStore store, CancellationToken cancellationToken)
    {
        var from = await store.ReadCheckpoint(cancellationToken) ?? 0;
        var segments = await store.ListSegments(cancellationToken);
        var batches = 0;
        foreach (var segment in segments.Where(s => s >= from))
        {
            var bytes = await store.ReadSegment(segment, cancellationToken);
            foreach (var record in JournalFrames.Read(bytes))
            {
                if (JsonSerializer.Deserialize<IngestBatch>(record.Span, JournalJson.Options) is { } batch)
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
        var last = segments.Count > 0 ? segments[^1] : from - 1;
        return (Math.Max(from, last + 1), last);
    }

    private async Task TakeOverDeadJournals(CancellationToken cancellationToken)
    {
        var active = await ActiveSilos();
        foreach (var name in await stores.ListJournals(cancellationToken))
        {
            var store = stores.Open(name);
            var owner = await store.ReadOwner(cancellationToken);
            if (owner == Self || _takenOver.Contains(name) || (owner is not null && active.Contains(owner)))
            {
                continue;
            }

            var (_, last) = await Replay(store, cancellationToken);
            _takenOver.Add(name);
            _retirements.Add(new Retirement(store, last, await Clock.Now(), Whole: true, Owner: owner, Name: name));
            LogTookOver(name, owner ?? "unknown");
        }
    }

    private async Task Retire(CancellationToken cancellationToken)
    {
        var earliest = await Clock.Earliest(await ActiveSilos());
        foreach (var retirement in _retirements.Where(r => earliest > r.AppliedBy).ToList())
        {
            var store = retirement.Store;
            if (!retirement.Whole)
            {
                await store.WriteCheckpoint(retirement.LastSegment + 1, cancellationToken);
            }

            foreach (var segment in await store.ListSegments(cancellationToken))
            {
                if (segment <= retirement.LastSegment)
                {
                    await store.DeleteSegment(segment, cancellationToken);
                }
            }

            // A dead silo's journal goes whole, unless its owner came back meanwhile.
            if (retirement.Whole && await store.ReadOwner(cancellationToken) == retirement.Owner)
            {
                await store.DeleteOwner(cancellationToken);
                _takenOver.Remove(retirement.Name!);
            }

            _retirements.Remove(retirement);
        }
    }

    private async Task<ImmutableArray<string>> ActiveSilos()
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return [.. hosts.Keys.Select(h => h.ToParsableString())];
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
                await Checkpoint(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // The journal keeps everything until a checkpoint succeeds: nothing is lost, only retried.
                LogCheckpointFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {Batches} journaled batches from segment {From}")]
    private partial void LogReplayed(int batches, long from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took over journal {Journal} of silo {Owner}, which left the cluster without retiring it")]
    private partial void LogTookOver(string journal, string owner);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checkpoint: {Grains} grains written in {Milliseconds:0} ms")]
    private partial void LogCheckpoint(int grains, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint failed; the journal is kept and the next checkpoint retries")]
    private partial void LogCheckpointFailed(Exception exception);

    /// <summary>Segments up to <see cref="LastSegment"/> of a journal, applied by the clock reading <see cref="AppliedBy"/>.</summary>
    private sealed record Retirement(IJournalStore Store, long LastSegment, long AppliedBy, bool Whole, string? Owner = null, string? Name = null);
}
