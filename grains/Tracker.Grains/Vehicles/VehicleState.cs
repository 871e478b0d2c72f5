using Tracker.Domain.Transit;
using Tracker.Grains.Carriers;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Vehicles;

public sealed class VehicleState
{
    public FixLog Fixes { get; set; } = new();

    public Manifest Manifest { get; set; } = new();

    public string? ConsignmentId { get; set; }

    public ConsignmentMode? Mode { get; set; }

    /// <summary>The customs offices of <see cref="ConsignmentId"/>, whose officers see this vehicle on the live views.</summary>
    public List<string>? Offices { get; set; }

    /// <summary>
    /// The event ids remembered for deduplication: a train's loading of a hundred wagons and every gate and
    /// customs event of its boxes, many times over; re-sends (retries, journal replay) come far inside it.
    /// </summary>
    public const int MaxAppliedEvents = 10_000;

    private RecentIdSet _appliedEvents = new(MaxAppliedEvents);

    /// <summary>The newest event ids, for deduplication (see <see cref="MaxAppliedEvents"/>).</summary>
    public RecentIdSet AppliedEvents { get => _appliedEvents; set => _appliedEvents = value.Bounded(MaxAppliedEvents); }
}
