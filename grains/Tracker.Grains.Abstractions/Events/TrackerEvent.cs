using Tracker.Domain.Events;

namespace Tracker.Grains.Events;

/// <summary>A validated DCSA-style event; <see cref="EventId"/> makes it idempotent.</summary>
[GenerateSerializer, Immutable, Alias("tracker.event")]
public sealed record TrackerEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] EventType Type,
    [property: Id(2)] EventCode Code,
    [property: Id(3)] EventClassifier Classifier,
    [property: Id(4)] DateTimeOffset Time,
    [property: Id(5)] string? EquipmentReference = null,
    [property: Id(6)] string? VesselImo = null,
    [property: Id(7)] string? TrainId = null,
    [property: Id(8)] string? VehicleId = null,
    [property: Id(9)] string? UnLocode = null,
    [property: Id(10)] string? Facility = null,
    [property: Id(11)] string? ConsignmentId = null,
    [property: Id(12)] TransportMode? Mode = null)
{
    /// <summary>Estimates and plans go on the timeline but never change actual state.</summary>
    public bool IsActual => Classifier == EventClassifier.Act;
}
