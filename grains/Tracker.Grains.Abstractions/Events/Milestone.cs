using Tracker.Domain.Events;

namespace Tracker.Grains.Events;

/// <summary>One entry of a container's timeline.</summary>
[GenerateSerializer, Immutable, Alias("tracker.milestone")]
public sealed record Milestone(
    [property: Id(0)] string EventId,
    [property: Id(1)] EventType Type,
    [property: Id(2)] EventCode Code,
    [property: Id(3)] EventClassifier Classifier,
    [property: Id(4)] DateTimeOffset Time,
    [property: Id(5)] string? UnLocode,
    [property: Id(6)] string? Facility,
    [property: Id(7)] string? VesselImo,
    [property: Id(8)] string? TrainId,
    [property: Id(9)] string? VehicleId,
    [property: Id(10)] string? ConsignmentId)
{
    public static Milestone From(TrackerEvent e) => new(
        e.EventId, e.Type, e.Code, e.Classifier, e.Time, e.UnLocode, e.Facility, e.VesselImo, e.TrainId, e.VehicleId, e.ConsignmentId);
}
