using Microsoft.Extensions.Logging;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Supervision;

/// <summary>
/// Ticks every few seconds and wakes the transits that are due. Its list is written at most
/// every <see cref="WriteEvery"/>: after a crash a transit may be woken earlier than needed
/// (it answers with its real next check), never later than its last written time.
/// </summary>
public sealed partial class SupervisionScheduleGrain(
    [PersistentState("schedule", TrackerStorage.Name)] IPersistentState<ScheduleState> state,
    TimeProvider clock,
    ILogger<SupervisionScheduleGrain> logger) : Grain, ISupervisionScheduleGrain
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(10);
    private const int WakeConcurrency = 16;

    private bool _dirty;
    private DateTimeOffset _lastWrite;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(WakeDue, new GrainTimerCreationOptions(Tick, Tick) { Interleave = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task Watch(string consignmentId, DateTimeOffset? at)
    {
        var due = state.State.Due;
        if (at is { } time)
        {
            if (due.TryGetValue(consignmentId, out var known) && known <= time)
            {
                return;
            }

            due[consignmentId] = time;
        }
        else if (!due.Remove(consignmentId))
        {
            return;
        }

        // A new or earlier check is a promise to a transit: kept before the call returns.
        await state.WriteStateAsync();
        _dirty = false;
    }

    public Task<int> Ping()
    {
        DelayDeactivation(TimeSpan.FromMinutes(5));
        return Task.FromResult(state.State.Due.Count);
    }

    private async Task WakeDue(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = state.State.Due.Where(d => d.Value <= now).Select(d => d.Key).ToList();
        // In chunks on the grain's own scheduler: many due transits never flood the cluster.
        foreach (var chunk in due.Chunk(WakeConcurrency))
        {
            var answers = await Task.WhenAll(chunk.Select(async id => (Id: id, Next: await Wake(id, now))));
            foreach (var (id, next) in answers)
            {
                if (next is { } at)
                {
                    state.State.Due[id] = at;
                }
                else
                {
                    state.State.Due.Remove(id);
                }
            }
        }

        _dirty |= due.Count > 0;
        if (_dirty && now - _lastWrite >= WriteEvery)
        {
            await state.WriteStateAsync(cancellationToken);
            _dirty = false;
            _lastWrite = now;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Supervision check of transit {Consignment} failed; retried shortly")]
    private partial void LogWakeFailed(Exception exception, string consignment);
}
