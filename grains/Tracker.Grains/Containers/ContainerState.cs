using Tracker.Grains.Common;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;

namespace Tracker.Grains.Containers;

public sealed class ContainerState
{
    /// <summary>The newest milestones kept: years of a box's moves; older ones are dropped, oldest first.</summary>
    public const int MaxTimeline = 1_000;

    public CustomsStatus Customs { get; set; } = CustomsStatus.None;

    public TerminalStatus Terminal { get; set; } = TerminalStatus.None;

    /// <summary>The seal as SEAL events report it; a bound lock's own reports may be fresher.</summary>
    public SealStatus Seal { get; set; } = SealStatus.None;

    public Carrier? Carrier { get; set; }

    public DateTimeOffset? CarrierSince { get; set; }

    public List<ConsignmentLink> Consignments { get; set; } = [];

    /// <summary>The open transit that has claimed the box, if any.</summary>
    public string? Holder { get; set; }

    /// <summary>Oldest first; eventIds are unique in it.</summary>
    public List<Milestone> Timeline { get; set; } = [];

    public bool Known => Timeline.Count > 0 || Consignments.Count > 0;
}
