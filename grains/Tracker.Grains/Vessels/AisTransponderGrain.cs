using System.Collections.Immutable;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Vessels;

public sealed class AisTransponderGrain(
    [PersistentState("transponder", TrackerStorage.Name)] IPersistentState<TransponderState> persisted,
    DirtyGrains dirty,
    IGrainContext context) : Grain, IAisTransponderGrain, ICheckpointable
{
    private const int RememberedReports = 256;

    private readonly CheckpointedState<TransponderState> _state = new(persisted, dirty, context);

    public async Task<IngestOutcome> Report(ImmutableArray<AisReport> reports)
    {
        var s = _state.State;
        var seen = s.RecentTimes.ToHashSet();
        var fresh = reports.Where(r => seen.Add(r.Time)).OrderBy(r => r.Time).ToList();
        if (fresh.Count == 0)
        {
            return new IngestOutcome(0, reports.Length);
        }

        s.RecentTimes = [.. seen.Order().TakeLast(RememberedReports)];
        s.Imo = fresh.LastOrDefault(r => r.Imo is not null)?.Imo ?? s.Imo;
        _state.Changed();
        if (s.Imo is { } imo)
        {
            var forward = s.Pending is { } pending ? [pending, .. fresh] : fresh;
            s.Pending = null;
            await GrainFactory.Ref<IVesselGrain>(imo).Report([.. forward.Select(r => r with { Imo = imo })]);
        }
        else if (fresh[^1] is var latest && (s.Pending is null || latest.Time > s.Pending.Time))
        {
            s.Pending = latest;
        }

        return new IngestOutcome(fresh.Count, reports.Length - fresh.Count);
    }

    public Task<string?> GetImo() => Task.FromResult(_state.State.Imo);

    public Task Flush() => _state.Flush();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();
}
