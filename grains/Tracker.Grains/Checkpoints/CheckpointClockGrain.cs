using System.Collections.Immutable;

namespace Tracker.Grains.Checkpoints;

/// <summary>
/// In memory only: if it is lost, journals are simply kept until every silo has checkpointed
/// again, which errs on the safe side.
/// </summary>
public sealed class CheckpointClockGrain(TimeProvider clock) : Grain, ICheckpointClockGrain
{
    private readonly Dictionary<string, long> _completed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _replayed = new(StringComparer.Ordinal);
    private long _last;
    private long _replayRequested;

    public Task<long> Now()
    {
        _last = Math.Max(_last + 1, clock.GetUtcNow().UtcTicks);
        return Task.FromResult(_last);
    }

    public Task Completed(string silo, long flushStartedAt)
    {
        if (!_completed.TryGetValue(silo, out var known) || known < flushStartedAt)
        {
            _completed[silo] = flushStartedAt;
        }

        return Task.CompletedTask;
    }

    public Task<long?> Earliest(ImmutableArray<string> silos) =>
        Task.FromResult(silos.All(_completed.ContainsKey) ? silos.Min(s => _completed[s]) : (long?)null);

    public Task RequestReplay(long requestedAt)
    {
        _replayRequested = Math.Max(_replayRequested, requestedAt);
        return Task.CompletedTask;
    }

    public Task<long> ReplayRequested() => Task.FromResult(_replayRequested);

    public Task Replayed(string silo, long request)
    {
        _replayed[silo] = Math.Max(_replayed.GetValueOrDefault(silo), request);
        return Task.CompletedTask;
    }

    public Task<bool> AllReplayed(ImmutableArray<string> silos, long request) =>
        Task.FromResult(silos.All(s => _replayed.GetValueOrDefault(s) >= request));
}
