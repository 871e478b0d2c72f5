using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Tracker.Grains.Common;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Alerts;

/// <summary>
/// One shard of the alert index. Reentrant, so that alerts raised together share one write
/// (<see cref="GroupCommit{T}"/>); a write holds the pages of summaries that changed
/// (<see cref="PagedState{T}"/>), not the whole shard.
/// </summary>
[Reentrant]
public sealed partial class AlertIndexGrain : Grain, IAlertIndexGrain
{
    private readonly IPersistentState<AlertIndexState> _whole;
    private readonly PagedState<AlertSummary> _pages;
    private readonly GroupCommit<PagedDictionary<AlertSummary>> _state;
    private readonly KeysetIndex<AlertSummary> _index = new(AlertIndex.Key);
    private readonly AlertTally _tally = new();
    private readonly ILogger<AlertIndexGrain> _logger;

    public AlertIndexGrain(
        [PersistentState("alerts", TrackerStorage.Name)] IPersistentState<AlertIndexState> whole,
        IServiceProvider services,
        IGrainContext context,
        ILogger<AlertIndexGrain> logger)
    {
        _whole = whole;
        _pages = TrackerStorage.Pages<AlertSummary>(services, context, "alerts");
        _state = new GroupCommit<PagedDictionary<AlertSummary>>(_pages);
        _logger = logger;
    }

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        await WholeRecord.MoveToPages(_whole, _whole.State.Alerts, _state.State, _state.WriteStateAsync);
        foreach (var alert in _state.State.Values)
        {
            _index.Add(alert);
            _tally.Add(alert);
        }

        await MoveStrangers();
    }

    public Task Upsert(AlertSummary alert)
    {
        var alerts = _state.State;
        if (alerts.TryGetValue(alert.Id, out var known))
        {
            // Calls may overtake each other: an alert's status only moves forward.
            if (alert.Status < known.Status || known with { Offices = [] } == alert with { Offices = [] })
            {
                return Task.CompletedTask;
            }

            _index.Replace(known, alert);
            _tally.Remove(known);
        }
        else
        {
            _index.Add(alert);
        }

        _tally.Add(alert);

        alerts.Set(alert.Id, alert);
        return _state.WriteStateAsync();
    }

    public Task<ImmutableArray<AlertSummary>> List(AlertQuery query) =>
        Task.FromResult<ImmutableArray<AlertSummary>>([.. _index.Page(query.After, query.Take + 1, query.Matches)]);

    public Task<AlertCounts> Counts(string? office) => Task.FromResult(_tally.Of(office));

    /// <summary>Before the index was sharded, shard 0's record held every alert: the others' move to their shards once.</summary>
    private async Task MoveStrangers()
    {
        var moved = await Strangers.MoveHome(
            _state.State, id => Shards.Of(id, AlertIndex.ShardCount) == Shard, (id, a) => GrainFactory.AlertShardOf(id).Upsert(a), _state.WriteStateAsync);
        foreach (var (_, a) in moved)
        {
            _index.Remove(a);
            _tally.Remove(a);
        }

        if (moved.Count > 0)
        {
            LogMoved(moved.Count, Shard);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} alerts from shard {Shard} of the alert index to their own shards")]
    private partial void LogMoved(int count, int shard);
}
