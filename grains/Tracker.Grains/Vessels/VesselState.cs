using Tracker.Grains.Carriers;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;

namespace Tracker.Grains.Vessels;

public sealed class VesselState
{
    public string? Mmsi { get; set; }

    public string? Name { get; set; }

    public Position? Position { get; set; }

    public string? Destination { get; set; }

    public DateTimeOffset? Eta { get; set; }

    public List<PortCall> PortCalls { get; set; } = [];

    public Manifest Manifest { get; set; } = new();

    public HashSet<string> AppliedEvents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Water transits fed by this vessel.</summary>
    public HashSet<string> Watchers { get; set; } = new(StringComparer.Ordinal);

    public VesselRole Role { get; set; }

    /// <summary>
    /// The transit of each box the water transits of this vessel carry, by container: who may see it aboard.
    /// A box leaves when it is discharged.
    /// </summary>
    public Dictionary<string, BoxOwner> Owners { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The UTC days with AIS positions in the track store, ascending (see <see cref="Tracks.TrackIds.Vessel"/>).</summary>
    public List<DateOnly> TrackDays { get; set; } = [];

    public bool Known => Mmsi is not null || Position is not null || PortCalls.Count > 0 || Manifest.Entries.Count > 0;
}
