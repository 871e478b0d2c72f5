using Tracker.Domain.Events;
using Tracker.Grains.Events;

namespace Tracker.Grains.Vessels;

/// <summary>Folds ARRI and DEPA events (actual, estimated or planned) into a vessel's port calls.</summary>
public static class PortCalls
{
    public static bool Apply(List<PortCall> calls, TrackerEvent e)
    {
        if (e.Code is not (EventCode.ARRI or EventCode.DEPA) || e.UnLocode is not { } port)
        {
            return false;
        }

        // The open call at this port is the one the event speaks of; a vessel that has left
        // opens a new call when it is expected back.
        var index = calls.FindLastIndex(c => c.UnLocode == port && c.Atd is null);
        var call = index >= 0 ? calls[index] : new PortCall(port, e.Facility, null, null, null, null);
        var updated = (e.Code, e.Classifier) switch
        {
            (EventCode.ARRI, EventClassifier.Act) => call with { Ata = e.Time },
            (EventCode.ARRI, _) => call with { Eta = e.Time },
            (EventCode.DEPA, EventClassifier.Act) => call with { Atd = e.Time },
            _ => call with { Etd = e.Time },
        };
        updated = updated with { Facility = e.Facility ?? call.Facility };

        if (index >= 0)
        {
            calls[index] = updated;
        }
        else
        {
            calls.Add(updated);
        }

        calls.Sort((a, b) => Nullable.Compare(a.Ata ?? a.Eta ?? a.Atd ?? a.Etd, b.Ata ?? b.Eta ?? b.Atd ?? b.Etd));

        // The oldest calls go first: the next call and the recent past are what anyone asks of a vessel.
        if (calls.Count > VesselState.MaxPortCalls)
        {
            calls.RemoveRange(0, calls.Count - VesselState.MaxPortCalls);
        }

        return true;
    }

    /// <summary>The arrival the vessel is heading for: the first call not yet reached.</summary>
    public static PortCall? Next(IEnumerable<PortCall> calls) => calls.FirstOrDefault(c => c.Ata is null && c.Eta is not null);
}
