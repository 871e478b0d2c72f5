using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Events;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Vehicles;

public sealed class VehicleGrain(
    [PersistentState("vehicle", TrackerStorage.Name)] IPersistentState<VehicleState> state,
    ITrackStore tracks) : Grain, IVehicleGrain
{
    private string VehicleId => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<VehicleFix> fixes)
    {
        var log = state.State.Fixes;
        var fresh = log.AcceptNew(fixes, f => f.Seq);
        if (fresh.Count == 0)
        {
            return new IngestOutcome(0, fixes.Length);
        }

        await tracks.Append(TrackIds.Vehicle(VehicleId), [.. fresh.Select(f => new TrackPoint(f.Seq, f.Time, f.Lat, f.Lon, f.SpeedKmh, f.Heading))]);
        var latest = fresh.MaxBy(f => f.Time)!;
        log.Offer(new Position(latest.Lat, latest.Lon, latest.Time, $"vehicle:{VehicleId}", latest.SpeedKmh, latest.Heading));
        await state.WriteStateAsync();
        return new IngestOutcome(fresh.Count, fixes.Length - fresh.Count);
    }

    public async Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        var s = state.State;
        var outcomes = events.Select(e =>
        {
            if (!s.AppliedEvents.Add(e.EventId))
            {
                return EventOutcome.Duplicate;
            }

            s.Manifest.Apply(e);
            return EventOutcome.Applied;
        }).ToImmutableArray();

        if (outcomes.Any(o => o.Disposition == EventDisposition.Applied))
        {
            await state.WriteStateAsync();
        }

        return outcomes;
    }

    public Task<VehicleView> Get() =>
        Task.FromResult(new VehicleView(VehicleId, state.State.Fixes.Last, [.. state.State.Manifest.Aboard], state.State.Fixes.Reports));

    public async Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to) =>
        await tracks.Read(TrackIds.Vehicle(VehicleId), from, to);
}
