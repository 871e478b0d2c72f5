using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Live;
using Tracker.Grains.Common;
using Tracker.Grains.Events;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Vessels;

public sealed class VesselGrain(
    [PersistentState("vessel", TrackerStorage.Name)] IPersistentState<VesselState> persisted,
    DirtyGrains dirty,
    LiveFeed live,
    IGrainContext context) : Grain, IVesselGrain, ICheckpointable
{
    private const double KnotsToKmh = 1.852;

    private readonly CheckpointedState<VesselState> _state = new(persisted, dirty, context);

    private string Imo => this.GetPrimaryKeyString();

    public Task<IngestOutcome> Report(ImmutableArray<AisReport> reports)
    {
        var s = _state.State;
        foreach (var r in reports.OrderBy(r => r.Time))
        {
            if (s.Position is not null && s.Position.Time >= r.Time)
            {
                continue;
            }

            s.Position = new Position(r.Lat, r.Lon, r.Time, $"ais:{r.Mmsi}", r.SogKnots * KnotsToKmh, r.Heading ?? r.CogDegrees);
            s.Mmsi = r.Mmsi;
            s.Name = r.Name ?? s.Name;
            s.Destination = r.Destination ?? s.Destination;
            s.Eta = r.Eta ?? s.Eta;
            _state.Changed();
        }

        PublishLive();
        return Task.FromResult(new IngestOutcome(reports.Length, 0));
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

            PortCalls.Apply(s.PortCalls, e);
            s.Manifest.Apply(e);
            _state.Changed();
            return EventOutcome.Applied;
        }).ToImmutableArray();

        PublishLive();
        return Task.FromResult(outcomes);
    }

    public Task<VesselView> Get()
    {
        var s = _state.State;
        var eta = PortCalls.Next(s.PortCalls)?.Eta ?? s.Eta;
        return Task.FromResult(new VesselView(Imo, s.Mmsi, s.Name, s.Position, s.Destination, eta, [.. s.PortCalls], [.. s.Manifest.Aboard], s.Known));
    }

    public Task Flush() => _state.Flush();

    private void PublishLive()
    {
        var s = _state.State;
        if (s.Position is { } at)
        {
            live.Publish(new LiveItem(
                LiveItem.KeyOf(LiveKind.Vessel, Imo), LiveKind.Vessel, at.Time, ConsignmentMode.Water, at.Lat, at.Lon, at.SpeedKmh, at.Heading,
                s.Name ?? Imo, s.Destination, null, [.. s.Manifest.Aboard]));
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.Flush();
}
