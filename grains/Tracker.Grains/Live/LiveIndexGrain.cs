using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Tracker.Grains.Alerts;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Live;

/// <summary>
/// One shard of the live index: keeps the latest item of its objects for snapshots, and passes
/// changes on to the hosts.
/// The items are written every few seconds (never per change), so that after a restart the map
/// starts from where it was; the grains behind them keep the truth, and the next report of each
/// object supersedes what a crash lost.
/// </summary>
public sealed partial class LiveIndexGrain(
    [PersistentState("live-index", TrackerStorage.Name)] IPersistentState<LiveIndexState> state,
    IOptions<LiveIndexOptions> options,
    TimeProvider clock,
    ILogger<LiveIndexGrain> logger) : Grain, ILiveIndexGrain
{
    private readonly Dictionary<string, LiveItem> _latest = new(StringComparer.Ordinal);
    private readonly ItemsByContainer _byContainer = new();
    private readonly ObserverManager<ILiveObserver> _hosts = new(TimeSpan.FromMinutes(1), logger);
    private bool _dirty;

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Before the index was sharded, shard 0 held every object: the others' items go to their shards.
        var strangers = new List<LiveItem>();
        foreach (var item in state.State.Items)
        {
            if (LiveIndex.ShardOf(item) == Shard)
            {
                Put(item);
            }
            else
            {
                strangers.Add(item);
            }
        }

        // Never collected while hosts listen: an idle index would have to reload its snapshot.
        DelayDeactivation(TimeSpan.FromDays(3650));
        var every = options.Value.CheckpointInterval;
        this.RegisterGrainTimer(Checkpoint, new GrainTimerCreationOptions(every, every) { Interleave = false });
        if (strangers.Count > 0)
        {
            await Task.WhenAll(strangers.GroupBy(LiveIndex.ShardOf).Select(g => GrainFactory.Shard(g.Key).Push([.. g])));
            _dirty = true;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Checkpoint();

    public async Task Push(ImmutableArray<LiveItem> items)
    {
        foreach (var item in items)
        {
            if (!_latest.TryGetValue(item.Id, out var known) || known.Time <= item.Time)
            {
                Put(item);
                _dirty = true;
            }
        }

        await _hosts.Notify(host => host.OnItems(items));
    }

    public Task PushAlert(AlertView alert) => _hosts.Notify(host => host.OnAlert(alert));

    public Task<ImmutableArray<LiveItem>> Snapshot(string view) =>
        Task.FromResult(view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal)
            ? _byContainer.Of(view[LiveViews.ContainerPrefix.Length..]).Select(id => _latest[id]).ToImmutableArray()
            : _latest.Values.Where(i => LiveViews.Shows(view, i)).ToImmutableArray());

    private void Put(LiveItem item)
    {
        _byContainer.Replace(_latest.GetValueOrDefault(item.Id), item);
        _latest[item.Id] = item;
    }

    public Task<bool> Subscribe(ILiveObserver host)
    {
        var known = _hosts.Observers.ContainsKey(host);
        _hosts.Subscribe(host, host);
        return Task.FromResult(known);
    }

    public Task Unsubscribe(ILiveObserver host)
    {
        _hosts.Unsubscribe(host);
        return Task.CompletedTask;
    }

    private async Task Checkpoint()
    {
        foreach (var id in LiveRetention.Expired(_latest, clock.GetUtcNow(), options.Value))
        {
            if (_latest.Remove(id, out var gone))
            {
                _byContainer.Remove(gone);
                _dirty = true;
            }
        }

        if (!_dirty)
        {
            return;
        }

        state.State.Items = [.. _latest.Values];
        _dirty = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A projection: the next checkpoint writes it again.
            _dirty = true;
            LogCheckpointFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live index could not write its items; it tries again at the next checkpoint")]
    private partial void LogCheckpointFailed(Exception exception);
}
