using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Events;

namespace Tracker.ClusterTests;

public static class Declarations
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public static ConsignmentDeclaration Road(string id, string tenant, ImmutableArray<string> containers, ImmutableArray<string> locks) => new(
        id, tenant, ConsignmentMode.Road, "QDCUS", "JZCUS", null,
        new Place("CNTAO", "QQCT"), new Place("CNJZO"),
        new Corridor([new Coordinate(120.30, 36.00), new Coordinate(120.00, 36.30)], 500),
        [new Zone("seal", ZoneKind.Seal, new Coordinate(120.30, 36.00), 300)],
        T0.AddHours(4), containers,
        [.. containers.Zip(locks, (c, l) => new LockAssignment(l, c))],
        VehicleId: Ids.Unique("TRK"));

    public static TrackerEvent Event(EventCode code, DateTimeOffset time, string? container = null, string? consignment = null,
        string? vessel = null, string? train = null, string? port = null, EventClassifier classifier = EventClassifier.Act) => new(
        Ids.Unique("ev"), EventCodes.TypeOf(code), code, classifier, time, container, vessel, train, null, port, null, consignment);
}
