using Tracker.Domain.Events;
using Tracker.Grains.Events;

namespace Tracker.Grains.Carriers;

/// <summary>
/// Which containers a carrier has aboard, from LOAD and DISC events. Each container keeps the
/// time of its latest move, so a late LOAD never puts back a box that was discharged after it.
/// </summary>
public sealed class Manifest
{
    public Dictionary<string, ManifestEntry> Entries { get; set; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Aboard => Entries.Where(e => e.Value.Aboard).Select(e => e.Key).Order(StringComparer.Ordinal);

    public bool Apply(TrackerEvent e)
    {
        if (!e.IsActual || e.EquipmentReference is not { } container || e.Code is not (EventCode.LOAD or EventCode.DISC))
        {
            return false;
        }

        if (Entries.TryGetValue(container, out var known) && known.At > e.Time)
        {
            return false;
        }

        Entries[container] = new ManifestEntry(e.Code == EventCode.LOAD, e.Time);
        return true;
    }
}

public sealed record ManifestEntry(bool Aboard, DateTimeOffset At);
