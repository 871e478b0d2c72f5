using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Tracker.Grains.Indexes;
using Tracker.Grains.Alerts;
using Tracker.Grains.ArrivalDeletions;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Live;

/// <summary>
/// One shard of the live index: keeps the latest item of its objects for snapshots, and passes
/// changes on to the hosts.
/// The items are written every few seconds (never per change), so that after a restart the map
/// starts from where it was; the grains behind them keep the truth, and the next report of each
/// object supersedes what a crash lost. They are stored in pages (<see cref="PagedState{T}"/>): a
/// write holds the pages whose items changed, not the whole shard.
/// </summary>
public sealed partial class LiveIndexGrain : Grain, ILiveIndexGrain
{
    private readonly IPersistentState<LiveIndexState> _whole;
    private readonly PagedState<LiveItem> _pages;
    private readonly IOptions<LiveIndexOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<LiveIndexGrain> _logger;
    private readonly ItemsByContainer _byContainer = new();
    private readonly ObserverManager<ILiveObserver> _hosts;
    private bool _dirty;

    public LiveIndexGrain(
        [PersistentState("live-index", TrackerStorage.Name)] IPersistentState<LiveIndexState> whole,
        IServiceProvider services,
        IGrainContext context,
        IOptions<LiveIndexOptions> options,
        TimeProvider clock,
        ILogger<LiveIndexGrain> logger)
    {
        _whole = whole;
        _pages = TrackerStorage.Pages<LiveItem>(services, context, "live-index");
        _options = options;
        _clock = clock;
        _logger = logger;
        _hosts = new(TimeSpan.FromMinutes(1), logger);
    }

    /// <summary>The latest item of each object of this shard, as stored in pages.</summary>
    private PagedDictionary<LiveItem> Latest => _pages.State;

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();

        // Before the items were paged they were one record, and before the index was sharded shard 0's
        // held every object: the others' items go to their shards, this shard's to its pages.
        var strangers = new List<LiveItem>();
        var own = new Dictionary<string, LiveItem>(StringComparer.Ordinal);
        foreach (var item in _whole.State.Items)
        {
            if (LiveIndex.ShardOf(item) == Shard)
            {
                own[item.Id] = item;
            }
            else
            {
                strangers.Add(item);
            }
        }

        // Never collected while hosts listen: an idle index would have to reload its snapshot.
        DelayDeactivation(TimeSpan.FromDays(3650));
        var every = _options.Value.CheckpointInterval;
        this.RegisterGrainTimer(Checkpoint, new GrainTimerCreationOptions(every, every) { Interleave = false });
        if (strangers.Count > 0)
        {
            await Task.WhenAll(strangers.GroupBy(LiveIndex.ShardOf).Select(g => GrainFactory.Shard(g.Key).Push([.. g])));
        }

        await WholeRecord.MoveToPages(_whole, own, Latest, _pages.WriteStateAsync);
        foreach (var item in Latest.Values)
        {
            _byContainer.Replace(null, item);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Checkpoint();

    public async Task Push(ImmutableArray<LiveItem> items)
    {
        // A lock bound to no transit is on no map, and any device can invent lock ids: only bound locks are kept and passed on.
        items = items.RemoveAll(LiveRetention.UnboundLock);
        if (items.IsEmpty)
        {
            return;
        }

        foreach (var item in items)
        {
            if (!Latest.TryGetValue(item.Id, out var known) || known.Time <= item.Time)
            {
                Put(item);
                _dirty = true;
            }
        }

        await _hosts.Notify(host => host.OnItems(items));
    }

    public Task PushAlert(AlertView alert) => _hosts.Notify(host => host.OnAlert(alert));

    public Task PushArrivalDeletion(ArrivalDeletionView request) => _hosts.Notify(host => host.OnArrivalDeletion(request));

    public Task<ImmutableArray<LiveItem>> Snapshot(string view) =>
        Task.FromResult(view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal)
            ? _byContainer.Of(view[LiveViews.ContainerPrefix.Length..]).Select(id => Latest[id]).ToImmutableArray()
            : Latest.Values.Where(i => LiveViews.Shows(view, i)).ToImmutableArray());

    private void Put(LiveItem item)
    {
        _byContainer.Replace(Latest.GetValueOrDefault(item.Id), item);
        Latest.Set(item.Id, item);
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
        foreach (var id in LiveRetention.Expired(Latest, _clock.GetUtcNow(), _options.Value))
        {
            if (Latest.TryGetValue(id, out var gone) && Latest.Remove(id))
            {
                _byContainer.Remove(gone);
                _dirty = true;
            }
        }

        if (!_dirty)
        {
            return;
        }

        _dirty = false;
        try
        {
            await _pages.WriteStateAsync();
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
