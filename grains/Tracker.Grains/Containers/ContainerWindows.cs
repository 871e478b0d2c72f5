using Tracker.Grains.Events;

namespace Tracker.Grains.Containers;

/// <summary>
/// A container as one audience (a tenant, an office) may see it. Boxes are reused between shippers, so what the box
/// did for another consignment is not this audience's business: its state is replayed from the milestones within the
/// audience's own consignments' windows only, declared to closed (open: to now).
/// </summary>
public static class ContainerWindows
{
    /// <summary>The customs, terminal, seal and carrier state and the timeline of the audience's own windows.</summary>
    /// <param name="mine">The audience's consignments of this box; at least one.</param>
    public static ContainerState Replay(string number, IReadOnlyList<Milestone> timeline, IReadOnlyList<ConsignmentLink> mine)
    {
        var ids = mine.Select(l => l.ConsignmentId).ToHashSet(StringComparer.Ordinal);
        var windows = mine.Select(l => Window(l, timeline)).ToList();
        var state = new ContainerState { Consignments = [.. mine] };
        foreach (var m in timeline)
        {
            // A milestone that names a consignment belongs to that one alone; one that names none, to whoever had the box then.
            var visible = m.ConsignmentId is { } consignment
                ? ids.Contains(consignment)
                : windows.Any(w => m.Time >= w.From && (w.To is not { } to || m.Time <= to));
            if (visible)
            {
                ContainerEvents.Apply(state, Event(number, m));
            }
        }

        var declared = mine.Min(l => l.DeclaredAt);
        state.Customs = state.Customs with { DeclaredAt = state.Customs.DeclaredAt is { } d && d < declared ? d : declared };
        return state;
    }

    /// <summary>
    /// A consignment's window: from its declaration until it closed. Its own milestones widen it, because devices report
    /// in event time and a transit's events may be stamped before the tracker heard of its declaration.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset? To) Window(ConsignmentLink link, IEnumerable<Milestone> timeline)
    {
        var own = timeline.Where(m => m.ConsignmentId == link.ConsignmentId).Select(m => m.Time).ToList();
        var from = own.Count > 0 && own.Min() < link.DeclaredAt ? own.Min() : link.DeclaredAt;
        DateTimeOffset? to = link.ClosedAt is { } closed ? (own.Count > 0 && own.Max() > closed ? own.Max() : closed) : null;
        return (from, to);
    }

    private static TrackerEvent Event(string number, Milestone m) =>
        new(m.EventId, m.Type, m.Code, m.Classifier, m.Time, number, m.VesselImo, m.TrainId, m.VehicleId, m.UnLocode, m.Facility, m.ConsignmentId);
}
