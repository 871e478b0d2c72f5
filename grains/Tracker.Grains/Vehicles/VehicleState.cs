using Tracker.Domain.Transit;
using Tracker.Grains.Carriers;
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

    public HashSet<string> AppliedEvents { get; set; } = new(StringComparer.Ordinal);
}
