using Tracker.Grains.Consignments;

namespace Tracker.Grains.Consignments;

public sealed class DirectoryState
{
    public Dictionary<string, ConsignmentSummary> Consignments { get; set; } = new(StringComparer.Ordinal);
}
