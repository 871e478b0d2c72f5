using Tracker.Domain.Events;
using Tracker.Grains.Common;
using Tracker.Grains.Events;

namespace Tracker.Grains.Containers;

/// <summary>
/// How an event changes a container's customs, terminal, seal and carrier state. Each facet
/// moves only forward in event time, so events that arrive out of order end in the same state.
/// </summary>
public static class ContainerEvents
{
    public static void Apply(ContainerState s, TrackerEvent e)
    {
        InsertInTimeline(s.Timeline, Milestone.From(e));
        if (!e.IsActual)
        {
            return;
        }

        s.Customs = ApplyCustoms(s.Customs, e);
        s.Terminal = ApplyTerminal(s.Terminal, e);
        s.Seal = ApplySeal(s.Seal, e);
        ApplyCarrier(s, e);
    }

    private static void InsertInTimeline(List<Milestone> timeline, Milestone m)
    {
        // Stable on equal times: the order of arrival breaks ties.
        var index = timeline.FindLastIndex(x => x.Time <= m.Time);
        timeline.Insert(index + 1, m);

        // The oldest milestones go first. A re-sent event older than all that are kept is applied again
        // once the grain was reloaded, harmlessly: it is trimmed at once, and each facet moves only forward.
        if (timeline.Count > ContainerState.MaxTimeline)
        {
            timeline.RemoveRange(0, timeline.Count - ContainerState.MaxTimeline);
        }
    }

    private static CustomsStatus ApplyCustoms(CustomsStatus c, TrackerEvent e) => e.Code switch
    {
        EventCode.TDEC => c with { DeclaredAt = Earliest(c.DeclaredAt, e.Time) },
        EventCode.CUSR or EventCode.RELS => c with { ReleasedAt = Latest(c.ReleasedAt, e.Time) },
        EventCode.CUSS => c with { SelectedForScanAt = Latest(c.SelectedForScanAt, e.Time) },
        EventCode.CUSI => c with { SelectedForInspectionAt = Latest(c.SelectedForInspectionAt, e.Time) },
        EventCode.HOLD => c with { HeldAt = Latest(c.HeldAt, e.Time) },
        EventCode.ARRP => c with { ArrivalReportedAt = Latest(c.ArrivalReportedAt, e.Time) },
        EventCode.ARRD => c with { ArrivalReportDeletedAt = Latest(c.ArrivalReportDeletedAt, e.Time) },
        _ => c,
    };

    private static TerminalStatus ApplyTerminal(TerminalStatus t, TrackerEvent e)
    {
        if (e.Type != EventType.Equipment || e.Code is EventCode.CUSS or EventCode.CUSI or EventCode.CUSR or EventCode.ARRP or EventCode.ARRD)
        {
            return t;
        }

        var moved = t.UpdatedAt is null || e.Time >= t.UpdatedAt;
        var next = e.Code switch
        {
            EventCode.GTIN => t with { GateInAt = Latest(t.GateInAt, e.Time) },
            EventCode.GTOT => t with { GateOutAt = Latest(t.GateOutAt, e.Time) },
            EventCode.LOAD => t with { LoadedAt = Latest(t.LoadedAt, e.Time) },
            EventCode.DISC => t with { DischargedAt = Latest(t.DischargedAt, e.Time) },
            _ => t,
        };
        return moved
            ? next with { LastCode = e.Code, UpdatedAt = e.Time, UnLocode = e.UnLocode ?? t.UnLocode, Facility = e.Facility ?? (e.UnLocode is null ? t.Facility : null) }
            : next;
    }

    private static SealStatus ApplySeal(SealStatus seal, TrackerEvent e)
    {
        if (seal.UpdatedAt is { } at && e.Time < at)
        {
            return seal;
        }

        return e.Code switch
        {
            EventCode.SEAL or EventCode.RSEA => seal with { State = SealState.Sealed, UpdatedAt = e.Time },
            EventCode.UNSL or EventCode.OPEN or EventCode.RMVD => seal with { State = SealState.Opened, UpdatedAt = e.Time },
            EventCode.TAMP => seal with { State = SealState.Tampered, UpdatedAt = e.Time },
            EventCode.BATL => seal with { BatteryLow = true, UpdatedAt = e.Time },
            _ => seal,
        };
    }

    private static void ApplyCarrier(ContainerState s, TrackerEvent e)
    {
        if (e.Code is not (EventCode.LOAD or EventCode.DISC) || (s.CarrierSince is { } since && e.Time < since))
        {
            return;
        }

        s.CarrierSince = e.Time;
        s.Carrier = e.Code == EventCode.DISC ? null : CarrierOf(e);
    }

    private static Carrier? CarrierOf(TrackerEvent e) =>
        e.VesselImo is { } imo ? new Carrier(CarrierKind.Vessel, imo)
        : e.TrainId is { } train ? new Carrier(CarrierKind.Train, train)
        : e.VehicleId is { } vehicle ? new Carrier(CarrierKind.Truck, vehicle)
        : null;

    private static DateTimeOffset Latest(DateTimeOffset? known, DateTimeOffset time) => known is { } k && k > time ? k : time;

    private static DateTimeOffset Earliest(DateTimeOffset? known, DateTimeOffset time) => known is { } k && k < time ? k : time;
}
