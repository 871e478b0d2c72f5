using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Locks;

public sealed class SmartLockGrain(
    [PersistentState("lock", TrackerStorage.Name)] IPersistentState<LockState> state,
    ITrackStore tracks) : Grain, ISmartLockGrain
{
    private string LockId => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<LockFix> fixes)
    {
        var current = state.State;
        var fresh = current.Fixes.AcceptNew(fixes, f => f.Seq);
        if (fresh.Count == 0)
        {
            return new IngestOutcome(0, fixes.Length);
        }

        // The track first: a seq is marked seen only once its point is stored, so a failed
        // call can be re-sent and lose nothing.
        await tracks.Append(TrackIds.Lock(LockId), [.. fresh.Select(f => new TrackPoint(f.Seq, f.Time, f.Lat, f.Lon, f.SpeedKmh, f.Heading))]);

        var latest = fresh.MaxBy(f => f.Time)!;
        if (current.Fixes.Offer(new Position(latest.Lat, latest.Lon, latest.Time, $"lock:{LockId}", latest.SpeedKmh, latest.Heading)))
        {
            current.Seal = latest.Seal;
            current.BatteryPct = latest.BatteryPct ?? current.BatteryPct;
        }

        await state.WriteStateAsync();

        if (current.Binding is { } binding)
        {
            await GrainFactory.GetGrain<ITransferConsignmentGrain>(binding.ConsignmentId).OnLockFixes(LockId, [.. fresh]);
        }

        return new IngestOutcome(fresh.Count, fixes.Length - fresh.Count);
    }

    public async Task<string?> Bind(LockBinding binding)
    {
        var current = state.State.Binding;
        if (current == binding)
        {
            return null;
        }

        if (current is not null)
        {
            return $"lock {LockId} is in use by consignment {current.ConsignmentId} until it closes";
        }

        state.State.Binding = binding;
        await state.WriteStateAsync();
        return null;
    }

    public async Task Release(string consignmentId)
    {
        if (state.State.Binding?.ConsignmentId == consignmentId)
        {
            state.State.Binding = null;
            await state.WriteStateAsync();
        }
    }

    public Task<LockView> Get()
    {
        var s = state.State;
        return Task.FromResult(new LockView(LockId, s.Binding?.ConsignmentId, s.Binding?.Container, s.Seal, s.BatteryPct, s.Fixes.Last, s.Fixes.Reports));
    }

    public async Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to) =>
        await tracks.Read(TrackIds.Lock(LockId), from, to);
}
