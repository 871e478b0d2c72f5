using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Tracker.Grains.Common;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Supervision;

/// <summary>
/// One shard of the schedule: ticks every few seconds and wakes its transits that are due. What
/// the wake-ups learn is written at most every <see cref="WriteEvery"/>: after a crash a transit
/// may be woken earlier than needed (it answers with its real next check), never later than its
/// last written time. Reentrant, so that transits declared together share one write. Stored in
/// pages (<see cref="PagedState{T}"/>): a write holds the pages that changed, not the whole shard.
/// </summary>
[Reentrant]
public sealed partial class SupervisionScheduleGrain : Grain, ISupervisionScheduleGrain
{
    private readonly IPersistentState<ScheduleState> _whole;
    private readonly PagedState<DateTimeOffset> _pages;
    private readonly GroupCommit<PagedDictionary<DateTimeOffset>> _state;
    private readonly TimeProvider _clock;
    private readonly ILogger<SupervisionScheduleGrain> _logger;

    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(10);
    private const int WakeConcurrency = 16;

    private bool _dirty;
    private DateTimeOffset _lastWrite;

    public SupervisionScheduleGrain(
        [PersistentState("schedule", TrackerStorage.Name)] IPersistentState<ScheduleState> whole,
        IServiceProvider services,
        IGrainContext context,
        TimeProvider clock,
        ILogger<SupervisionScheduleGrain> logger)
    {
        _whole = whole;
        _pages = TrackerStorage.Pages<DateTimeOffset>(services, context, "schedule");
        _state = new GroupCommit<PagedDictionary<DateTimeOffset>>(_pages);
        _clock = clock;
        _logger = logger;
    }

    private int Shard => (int)this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        await WholeRecord.MoveToPages(_whole, _whole.State.Due, _state.State, _state.WriteStateAsync);
        this.RegisterGrainTimer(WakeDue, new GrainTimerCreationOptions(Tick, Tick) { Interleave = true });
        await MoveStrangers();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await _state.WriteStateAsync();
        }
    }

    public async Task Watch(string consignmentId, DateTimeOffset? at)
    {
        var due = _state.State;
        if (at is { } time)
        {
            if (due.TryGetValue(consignmentId, out var known) && known <= time)
            {
                return;
            }

            due.Set(consignmentId, time);
        }
        else if (!due.Remove(consignmentId))
        {
            return;
        }

        // A new or earlier check is a promise to a transit: kept before the call returns.
        await _state.WriteStateAsync();
        _dirty = false;
    }

    public Task<int> Ping()
    {
        DelayDeactivation(TimeSpan.FromMinutes(5));
        return Task.FromResult(_state.State.Count);
    }

    private async Task WakeDue(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var due = _state.State.Where(d => d.Value <= now).ToList();
        // In chunks on the grain's own scheduler: many due transits never flood the cluster.
        foreach (var chunk in due.Chunk(WakeConcurrency))
        {
            var answers = await Task.WhenAll(chunk.Select(async d => (Id: d.Key, Was: d.Value, Next: await Wake(d.Key, now))));
            foreach (var (id, was, next) in answers)
            {
                // A transit that asked for an earlier look while it was being woken keeps that promise.
                if (_state.State.TryGetValue(id, out var asked) && asked < was)
                {
                    _state.State.Set(id, next is { } later && later < asked ? later : asked);
                }
                else if (next is { } at)
                {
                    _state.State.Set(id, at);
                }
                else
                {
                    _state.State.Remove(id);
                }
            }
        }

        _dirty |= due.Count > 0;
        if (_dirty && now - _lastWrite >= WriteEvery)
        {
            await _state.WriteStateAsync();
            _dirty = false;
            _lastWrite = now;
        }
    }

    /// <summary>
    /// Before the schedule was sharded, shard 0's record was the whole schedule. Whatever it holds of
    /// other shards moves to them (promised there before it is dropped here), once, at its first activation.
    /// </summary>
    private async Task MoveStrangers()
    {
        var moved = await Strangers.MoveHome(
            _state.State, id => Shards.Of(id, SupervisionSchedule.ShardCount) == Shard, (id, due) => GrainFactory.ScheduleOf(id).Watch(id, due), _state.WriteStateAsync);
        if (moved.Count > 0)
        {
            LogMoved(moved.Count, Shard);
        }
    }

    private async Task<DateTimeOffset?> Wake(string id, DateTimeOffset now)
    {
        try
        {
            return await GrainFactory.GetGrain<ISupervisedTransit>(id).OnClock(now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWakeFailed(e, id);
            return now + TimeSpan.FromSeconds(30);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} transits from shard {Shard} of the supervision schedule to their own shards")]
    private partial void LogMoved(int count, int shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Supervision check of transit {Consignment} failed; retried shortly")]
    private partial void LogWakeFailed(Exception exception, string consignment);
}
