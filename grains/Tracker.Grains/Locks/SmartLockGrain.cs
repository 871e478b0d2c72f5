using System.Collections.Immutable;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Live;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Locks;

public sealed class SmartLockGrain : Grain, ISmartLockGrain, ICheckpointable
{
    private readonly CheckpointedState<LockState> _state;
    private readonly PendingTrack _track;
    private readonly LiveFeed _live;

    public SmartLockGrain(
        [PersistentState("lock", TrackerStorage.Name)] IPersistentState<LockState> state,
        ITrackStore tracks,
        DirtyGrains dirty,
        LiveFeed live,
        IGrainContext context)
    {
        _live = live;
        _track = new PendingTrack(tracks);
        _state = new CheckpointedState<LockState>(state, dirty, context, _track.Store);
    }

    private string LockId => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<LockFix> fixes)
    {
        var take = await Take(fixes);
        if (take is { ConsignmentId: { } consignment, Fresh.IsEmpty: false })
        {
            await GrainFactory.Ref<ITransferConsignmentGrain>(consignment).OnLockFixes(LockId, take.Fresh);
        }

        return take.Outcome;
    }

    public Task<LockTake> Take(ImmutableArray<LockFix> fixes)
    {
        var current = _state.State;
        var fresh = current.Fixes.AcceptNew(fixes, f => f.Seq);
        if (fresh.Count == 0)
        {
            return Task.FromResult(new LockTake(new IngestOutcome(0, fixes.Length), null, []));
        }

        _track.Add(TrackIds.Lock(LockId, current.Binding?.ConsignmentId), fresh.Select(f => new TrackPoint(f.Seq, f.Time, f.Lat, f.Lon, f.SpeedKmh, f.Heading)));
        var latest = fresh.MaxBy(f => f.Time)!;
        if (current.Fixes.Offer(new Position(latest.Lat, latest.Lon, latest.Time, $"lock:{LockId}", latest.SpeedKmh, latest.Heading)))
        {
            current.Seal = latest.Seal;
            current.BatteryPct = latest.BatteryPct ?? current.BatteryPct;
        }

        _state.Changed();
        if (current.Fixes.Last is { } at)
        {
            _live.Publish(new LiveItem(
                LiveItem.KeyOf(LiveKind.Lock, LockId), LiveKind.Lock, at.Time, current.Binding?.Mode, at.Lat, at.Lon, at.SpeedKmh, at.Heading,
                LockId, current.Seal?.ToString().ToLowerInvariant(), current.Binding?.ConsignmentId,
                current.Binding is { } bound ? [bound.Container] : [], Offices: current.Binding?.Offices));
        }

        return Task.FromResult(new LockTake(new IngestOutcome(fresh.Count, fixes.Length - fresh.Count), current.Binding?.ConsignmentId, [.. fresh]));
    }

    public async Task<string?> Bind(LockBinding binding)
    {
        var current = _state.State.Binding;
        if (current == binding)
        {
            return null;
        }

        if (current is not null)
        {
            return $"lock {LockId} is in use by consignment {current.ConsignmentId} until it closes";
        }

        _state.State.Binding = binding;
        await _state.WriteNow();
        return null;
    }

    public async Task Release(string consignmentId)
    {
        if (_state.State.Binding?.ConsignmentId == consignmentId)
        {
            _state.State.Binding = null;
            await _state.WriteNow();
        }
    }

    public Task<LockView> Get()
    {
        var s = _state.State;
        return Task.FromResult(new LockView(LockId, s.Binding?.ConsignmentId, s.Binding?.Container, s.Seal, s.BatteryPct, s.Fixes.Last, s.Fixes.Reports));
    }

    public Task<ImmutableArray<TrackPoint>> GetTrack(string? consignmentId, DateTimeOffset? from, DateTimeOffset? to) =>
        _track.Read(TrackIds.Lock(LockId, consignmentId), from, to);

    public Task Flush() => _state.Flush();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();
}
