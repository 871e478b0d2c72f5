using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Common;
using Tracker.Grains.Events;

namespace Tracker.Grains.Vehicles;

/// <summary>A land carrier, truck or train, keyed by its vehicle or train id.</summary>
[Alias("tracker.IVehicleGrain")]
public interface IVehicleGrain : IGrainWithStringKey
{
    [Alias("report")]
    Task<IngestOutcome> Report(ImmutableArray<VehicleFix> fixes);

    /// <summary>LOAD, DISC, ARRI and DEPA events naming this vehicle or train.</summary>
    [Alias("events")]
    Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events);

    /// <summary>The transit this vehicle or train runs for: it tells the live views its flow, and the offices whose officers see it.</summary>
    [Alias("assign")]
    Task Assign(string consignmentId, ConsignmentMode mode, ImmutableArray<string> offices);

    [Alias("get")]
    Task<VehicleView> Get();

    [Alias("track")]
    Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to);
}
