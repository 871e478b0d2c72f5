using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Vessels;

public sealed class AisTransponderGrain(
    [PersistentState("transponder", TrackerStorage.Name)] IPersistentState<TransponderState> state) : Grain, IAisTransponderGrain
{
    private const int RememberedReports = 256;

    public async Task<IngestOutcome> Report(ImmutableArray<AisReport> reports)
    {
        var s = state.State;
        var seen = s.RecentTimes.ToHashSet();
        var fresh = reports.Where(r => seen.Add(r.Time)).OrderBy(r => r.Time).ToList();
        if (fresh.Count == 0)
        {
            return new IngestOutcome(0, reports.Length);
        }

        s.RecentTimes = [.. seen.Order().TakeLast(RememberedReports)];
        s.Imo = fresh.LastOrDefault(r => r.Imo is not null)?.Imo ?? s.Imo;
        if (s.Imo is { } imo)
        {
            var forward = s.Pending is { } pending ? [pending, .. fresh] : fresh;
            s.Pending = null;
            await GrainFactory.GetGrain<IVesselGrain>(imo).Report([.. forward.Select(r => r with { Imo = imo })]);
        }
        else
        {
            s.Pending = fresh.MaxBy(r => r.Time) is { } latest && (s.Pending is null || latest.Time > s.Pending.Time) ? latest : s.Pending;
        }

        await state.WriteStateAsync();
        return new IngestOutcome(fresh.Count, reports.Length - fresh.Count);
    }

    public Task<string?> GetImo() => Task.FromResult(state.State.Imo);
}
