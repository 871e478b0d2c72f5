using Tracker.Grains.Carriers;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;

namespace Tracker.Grains.Vessels;

public sealed class VesselState
{
    /// <summary>
    /// The event ids remembered for deduplication: four full batches of the largest ship's port call (LOAD and
    /// DISC per box). A re-send is a retry of a batch that timed out or a journal replay, both far inside it.
    /// </summary>
    public const int MaxAppliedEvents = 20_000;

    /// <summary>The newest port calls kept: a feeder calling daily keeps three months of them.</summary>
    public const int MaxPortCalls = 100;

    /// <summary>The newest water transits told of this vessel's news: a feeder carries far fewer open ones at once.</summary>
    public const int MaxWatchers = 1_000;

    public string? Mmsi { get; set; }

    public string? Name { get; set; }

    public string? CallSign { get; set; }

    public Position? Position { get; set; }

    public string? Destination { get; set; }

    public DateTimeOffset? Eta { get; set; }

    private RecentIdSet _appliedEvents = new(MaxAppliedEvents);
    private RecentIdSet _watchers = new(MaxWatchers);

    /// <summary>Kept in order, newest last; at most <see cref="MaxPortCalls"/> (see <see cref="Vessels.PortCalls"/>).</summary>
    public List<PortCall> PortCalls { get; set; } = [];

    public Manifest Manifest { get; set; } = new();

    /// <summary>The newest event ids, for deduplication (see <see cref="MaxAppliedEvents"/>).</summary>
    public RecentIdSet AppliedEvents { get => _appliedEvents; set => _appliedEvents = value.Bounded(MaxAppliedEvents); }

    /// <summary>Water transits fed by this vessel, the newest <see cref="MaxWatchers"/>.</summary>
    public RecentIdSet Watchers { get => _watchers; set => _watchers = value.Bounded(MaxWatchers); }

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
