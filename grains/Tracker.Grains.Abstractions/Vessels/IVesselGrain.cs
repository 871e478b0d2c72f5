using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Events;

namespace Tracker.Grains.Vessels;

/// <summary>A vessel, keyed by its IMO number.</summary>
[Alias("tracker.IVesselGrain")]
public interface IVesselGrain : IGrainWithStringKey
{
    [Alias("ais")]
    Task<IngestOutcome> Report(ImmutableArray<AisReport> reports);

    /// <summary>ARRI, DEPA, LOAD and DISC events naming this vessel.</summary>
    [Alias("events")]
    Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events);

    [Alias("get")]
    Task<VesselView> Get();
}
