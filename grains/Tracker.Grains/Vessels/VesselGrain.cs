using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Events;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Vessels;

public sealed class VesselGrain(
    [PersistentState("vessel", TrackerStorage.Name)] IPersistentState<VesselState> state) : Grain, IVesselGrain
{
    private string Imo => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<AisReport> reports)
    {
        var s = state.State;
        var changed = false;
        foreach (var r in reports.OrderBy(r => r.Time))
        {
            if (s.Position is not null && s.Position.Time >= r.Time)
            {
                continue;
            }

            s.Position = new Position(r.Lat, r.Lon, r.Time, $"ais:{r.Mmsi}", r.SogKnots is { } sog ? sog * 1.852 : null, r.Heading ?? r.CogDegrees);
            s.Mmsi = r.Mmsi;
            s.Name = r.Name ?? s.Name;
            s.Destination = r.Destination ?? s.Destination;
            s.Eta = r.Eta ?? s.Eta;
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }

        return new IngestOutcome(reports.Length, 0);
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

            PortCalls.Apply(s.PortCalls, e);
            s.Manifest.Apply(e);
            return EventOutcome.Applied;
        }).ToImmutableArray();

        if (outcomes.Any(o => o.Disposition == EventDisposition.Applied))
        {
            await state.WriteStateAsync();
        }

        return outcomes;
    }

    public Task<VesselView> Get()
    {
        var s = state.State;
        var eta = PortCalls.Next(s.PortCalls)?.Eta ?? s.Eta;
        return Task.FromResult(new VesselView(Imo, s.Mmsi, s.Name, s.Position, s.Destination, eta, [.. s.PortCalls], [.. s.Manifest.Aboard], s.Known));
    }
}
