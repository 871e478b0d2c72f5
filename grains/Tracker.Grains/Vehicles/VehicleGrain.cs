using System.Collections.Immutable;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Domain.Transit;
using Tracker.Grains.Events;
using Tracker.Grains.Live;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Vehicles;

public sealed class VehicleGrain : Grain, IVehicleGrain, ICheckpointable
{
    private readonly CheckpointedState<VehicleState> _state;
    private readonly PendingTrack _track;
    private readonly LiveFeed _live;

    public VehicleGrain(
        [PersistentState("vehicle", TrackerStorage.Name)] IPersistentState<VehicleState> state,
        ITrackStore tracks,
        DirtyGrains dirty,
        LiveFeed live,
        IGrainContext context)
    {
        _live = live;
        _track = new PendingTrack(tracks);
        _state = new CheckpointedState<VehicleState>(state, dirty, context, _track.Store);
    }

    private string VehicleId => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<VehicleFix> fixes)
    {
        var log = _state.State.Fixes;
        var fresh = log.AcceptNew(fixes, f => f.Seq);
        if (fresh.Count > 0)
        {
            _track.Add(TrackIds.Vehicle(VehicleId), fresh.Select(f => new TrackPoint(f.Seq, f.Time, f.Lat, f.Lon, f.SpeedKmh, f.Heading)));
            var latest = fresh.MaxBy(f => f.Time)!;
            log.Offer(new Position(latest.Lat, latest.Lon, latest.Time, $"vehicle:{VehicleId}", latest.SpeedKmh, latest.Heading));
            _state.Changed();
            PublishLive();
            if (_state.State.ConsignmentId is { } consignment)
            {
                await GrainFactory.Ref<ITransferConsignmentGrain>(consignment).OnVehicleFixes(VehicleId, [.. fresh]);
            }
        }

        return new IngestOutcome(fresh.Count, fixes.Length - fresh.Count);
    }

    public Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        var s = _state.State;
        var outcomes = events.Select(e =>
        {
            if (!s.AppliedEvents.Add(e.EventId))
            {
                return EventOutcome.Duplicate;
            }

            s.Manifest.Apply(e);
            _state.Changed();
            return EventOutcome.Applied;
        }).ToImmutableArray();

        PublishLive();
        return Task.FromResult(outcomes);
    }

    public async Task Assign(string consignmentId, ConsignmentMode mode, ImmutableArray<string> offices)
    {
        var s = _state.State;
        if (s.ConsignmentId != consignmentId || s.Mode != mode || s.Offices is null || !s.Offices.SequenceEqual(offices))
        {
            s.ConsignmentId = consignmentId;
            s.Mode = mode;
            s.Offices = [.. offices];
            await _state.WriteNow();
        }
    }

    public Task<VehicleView> Get() =>
        Task.FromResult(new VehicleView(VehicleId, _state.State.Fixes.Last, [.. _state.State.Manifest.Aboard], _state.State.Fixes.Reports));

    public Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to) => _track.Read(TrackIds.Vehicle(VehicleId), from, to);

    public Task Flush() => _state.Flush();

    private void PublishLive()
    {
        var s = _state.State;
        if (s.Fixes.Last is { } at)
        {
            _live.Publish(new LiveItem(
                LiveItem.KeyOf(LiveKind.Vehicle, VehicleId), LiveKind.Vehicle, at.Time, s.Mode, at.Lat, at.Lon, at.SpeedKmh, at.Heading,
                VehicleId, null, s.ConsignmentId, [.. s.Manifest.Aboard],
                Category: s.Mode switch { ConsignmentMode.Rail => "TRAIN", ConsignmentMode.Road => "TRUCK", _ => null },
                Offices: s.Offices is null ? null : [.. s.Offices]));
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();
}
