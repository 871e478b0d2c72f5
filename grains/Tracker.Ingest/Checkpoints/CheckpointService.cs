using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Tracker.Grains.Checkpoints;
using Tracker.Ingest.Journal;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Recovery;
using Tracker.Ingest.Stores;

namespace Tracker.Ingest.Checkpoints;

/// <summary>
/// Recovery at start, checkpoints after it, and recovery again when the cluster loses state.
/// <list type="bullet">
/// <item>At start, ingest of fixes opens at once, into new segments, while this silo's journal is
/// replayed from its last checkpoint; events, health and checkpoints wait for the replay.</item>
/// <item>Every interval, a checkpoint writes every grain of this silo changed since the last.</item>
/// <item>A journal segment goes once every active silo has stored its state as of a time after
/// the segment was applied, since the grains that took its reports may live on any silo.</item>
/// <item>When a silo dies, the grains it held lose what they had not written; every survivor
/// then replays its own journal (idempotent) before it retires any more of it. The dead
/// silo's own journal is replayed by a survivor and then deleted.</item>
/// </list>
/// </summary>
public sealed partial class CheckpointService(
    IJournalStores stores,
    JournalIdentity identity,
    GroupCommitJournal journal,
    JournalReplay replay,
    GrainFlush flush,
    IClusterMembershipService membership,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    CheckpointHealth health,
    IngestMetrics metrics,
    IOptions<JournalOptions> options,
    ILogger<CheckpointService> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<Retirement> _retirements = [];
    private readonly HashSet<string> _takenOver = new(StringComparer.Ordinal);
    private readonly HashSet<SiloAddress> _deathsSeen = [];
    private long _replayAnswered;
    private (long RequestedAt, IReadOnlyCollection<GrainId> Grains)? _lostReplay;
    private Task? _loop;

    /// <summary>
    /// Set once the journal left by the last run is replayed. No checkpoint runs before: it would
    /// move the checkpoint marker past segments whose reports are not in the grains yet.
    /// </summary>
    private volatile bool _recovered;

    private IJournalStore Own => identity.Store;

    private string Self => silo.SiloAddress.ToParsableString();

    private ICheckpointClockGrain Clock => grains.GetGrain<ICheckpointClockGrain>(0);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Own.WriteOwner(Self, cancellationToken);

        // The replay below covers whatever any silo that died before now left unwritten.
        _deathsSeen.UnionWith(ClusterMembers.Dead(membership.CurrentSnapshot));
        var plan = await JournalReplay.Plan(Own, cancellationToken);

        // A restart after a crash has up to a checkpoint interval of reports to apply again (a
        // minute or more at full load). Devices reconnecting meanwhile are answered: their fixes
        // go to segments after the plan's and to the grains, beside the replay.
        journal.Open(plan.Next);
        _loop = Task.Run(() => RecoverThenLoop(plan), CancellationToken.None);
    }

    private async Task RecoverThenLoop(ReplayPlan plan)
    {
        if (await Recover(plan))
        {
            await Loop();
        }
    }

    /// <summary>Replays until it succeeds: health says "replaying" meanwhile, and a failed try is only repeated (replay is idempotent).</summary>
    private async Task<bool> Recover(ReplayPlan plan)
    {
        while (true)
        {
            try
            {
                await _oneAtATime.WaitAsync(_stopping.Token);
                try
                {
                    await replay.Replay(identity.Name, Own, plan, _stopping.Token);
                    _recovered = true;
                    journal.Replayed();
                    return true;
                }
                finally
                {
                    _oneAtATime.Release();
                }
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            catch (Exception e)
            {
                LogReplayFailed(e);
                await Task.Delay(TimeSpan.FromSeconds(2), _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>A stop is clean whatever the cluster's state: what the last checkpoint cannot write, the journal keeps.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await journal.DisposeAsync();
        if (!_recovered)
        {
            // Stopped while replaying: the next start replays again, and what came in meanwhile too.
            return;
        }

        try
        {
            // A clean stop leaves little to replay.
            await Checkpoint(cancellationToken);
        }
        catch (Exception e)
        {
            LogFinalCheckpointFailed(e);
        }
    }

    /// <summary>Writes every changed grain of this silo and retires the journal that all silos' state now covers.</summary>
    public async Task Checkpoint(CancellationToken cancellationToken)
    {
        if (!_recovered)
        {
            return;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await ReplayIfStateWasLost(cancellationToken);

            var rotated = await journal.Rotate(cancellationToken);
            _retirements.Add(new Retirement(identity.Name, Own, rotated, await Clock.Now(), Whole: false));

            var flushed = await flush.Run(await Clock.Now(), cancellationToken);
            await Clock.Completed(Self, flushed.CoveredUpTo);
            await AskForReplayOfLostGrains(flushed.Lost);

            await TakeOverDeadJournals(cancellationToken);
            await Retire(cancellationToken);

            var backlog = await Own.Backlog(cancellationToken);
            metrics.Backlog(backlog.Segments, backlog.Bytes);
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.Checkpointed(elapsed);
            health.Succeeded();
            LogCheckpoint(flushed.Grains, flushed.Failed, elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            health.Failed(e);
            throw;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Replays at once when a silo has died, rather than at the next checkpoint: this silo's
    /// journal, for the grains that lived there, and the dead silo's, for what it took.
    /// </summary>
    public async Task RecoverLostPeers(CancellationToken cancellationToken)
    {
        if (!_recovered)
        {
            // The first checkpoint after the start's replay does this.
            return;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await ReplayIfStateWasLost(cancellationToken, deathsOnly: true);
            await TakeOverDeadJournals(cancellationToken);
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

    /// <summary>
    /// Grains lose their unwritten changes when their silo dies, or when one deactivates and
    /// cannot write them. Those changes are still in some journal not yet retired: replaying
    /// every journal this silo holds puts them back into live grains, and the retirements then
    /// wait for the next flush of every silo.
    /// </summary>
    private async Task ReplayIfStateWasLost(CancellationToken cancellationToken, bool deathsOnly = false)
    {
        var died = ClusterMembers.Dead(membership.CurrentSnapshot).Where(d => !_deathsSeen.Contains(d)).ToList();
        if (deathsOnly && died.Count == 0)
        {
            return;
        }

        var request = await Clock.ReplayRequested();
        if (died.Count == 0 && request <= _replayAnswered)
        {
            return;
        }

        if (died.Count > 0)
        {
            LogPeersLost(string.Join(", ", died));
        }

        var replayed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, store) in _retirements.Where(r => r.Whole).Select(r => (r.Journal, r.Store)).Prepend((identity.Name, Own)))
        {
            if (replayed.Add(name))
            {
                await replay.Replay(name, store, cancellationToken);
            }
        }

        var now = await Clock.Now();
        for (var n = 0; n < _retirements.Count; n++)
        {
            _retirements[n] = _retirements[n] with { AppliedBy = now };
        }

        _deathsSeen.UnionWith(died);
        _replayAnswered = Math.Max(_replayAnswered, request);
        await Clock.Replayed(Self, request);
    }

    /// <summary>Asks every silo to replay until each has, then stops counting the lost grains against this silo's state.</summary>
    private async Task AskForReplayOfLostGrains(IReadOnlyCollection<GrainId> lost)
    {
        if (_lostReplay is null && lost.Count > 0)
        {
            _lostReplay = (await Clock.Now(), lost);
        }

        if (_lostReplay is not { } asked)
        {
            return;
        }

        await Clock.RequestReplay(asked.RequestedAt);
        if (await Clock.AllReplayed(ClusterMembers.Active(membership.CurrentSnapshot), asked.RequestedAt))
        {
            flush.Forget(asked.Grains);
            _lostReplay = null;
        }
    }

    private async Task TakeOverDeadJournals(CancellationToken cancellationToken)
    {
        var active = ClusterMembers.Active(membership.CurrentSnapshot);
        foreach (var name in await stores.ListJournals(cancellationToken))
        {
            var store = stores.Open(name);
            var owner = await store.ReadOwner(cancellationToken);
            if (owner == Self || _takenOver.Contains(name) || (owner is not null && active.Contains(owner)))
            {
                continue;
            }

            var replayed = await replay.Replay(name, store, cancellationToken);
            _takenOver.Add(name);
            _retirements.Add(new Retirement(name, store, replayed.LastReplayed, await Clock.Now(), Whole: true, Owner: owner));
            LogTookOver(name, owner ?? "unknown");
        }
    }

    private async Task Retire(CancellationToken cancellationToken)
    {
        var members = membership.CurrentSnapshot;
        if (ClusterMembers.Dead(members).Any(d => !_deathsSeen.Contains(d)))
        {
            // A silo died since the last replay: what it held may be only in these journals.
            return;
        }

        var earliest = await Clock.Earliest(ClusterMembers.Active(members));
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
                _takenOver.Remove(retirement.Journal);
            }

            _retirements.Remove(retirement);
        }
    }

    /// <summary>A checkpoint at once (the replay's grains written), then one every interval.</summary>
    private async Task Loop()
    {
        var interval = TimeSpan.FromSeconds(options.Value.CheckpointSeconds);
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
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
            while (await timer.WaitForNextTickAsync(_stopping.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took over journal {Journal} of silo {Owner}, which left the cluster without retiring it")]
    private partial void LogTookOver(string journal, string owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silos {Silos} died: replaying this silo's journals into the grains that took over")]
    private partial void LogPeersLost(string silos);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checkpoint: {Grains} grains written ({Failed} failed) in {Milliseconds:0} ms")]
    private partial void LogCheckpoint(int grains, int failed, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replaying the journal at start failed; trying again (ingest of events and checkpoints wait)")]
    private partial void LogReplayFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint failed; the journal is kept and the next checkpoint retries")]
    private partial void LogCheckpointFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last checkpoint before stopping failed; the journal is kept and replayed at the next start")]
    private partial void LogFinalCheckpointFailed(Exception exception);
}
