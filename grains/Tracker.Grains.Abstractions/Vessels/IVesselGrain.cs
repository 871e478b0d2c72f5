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

    /// <summary>A water transit this vessel feeds: it hears of the vessel's ETA, port calls and discharges.</summary>
    [Alias("watch")]
    Task Watch(string consignmentId);

    /// <summary>A water transit's boxes are to connect with this vessel: it is a mainline sailing.</summary>
    [Alias("connect")]
    Task ExpectConnection(string consignmentId);

    /// <summary>A water transit's boxes travel aboard: whose they are decides who sees them aboard.</summary>
    [Alias("carry")]
    Task Carry(VesselCargo cargo);

    /// <summary>The boxes aboard that travel in a transit of the tenant, or of the office (either, when both are given).</summary>
    [Alias("aboard-for")]
    Task<ImmutableArray<string>> AboardFor(string? tenant, string? office);

    [Alias("get")]
    Task<VesselView> Get();

    /// <summary>The AIS positions within [from, to], oldest first.</summary>
    [Alias("track")]
    Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to);
}
