namespace Tracker.Grains.ArrivalDeletions;

public sealed class ArrivalDeletionStatsState
{
    public long Requested { get; set; }

    public long Open { get; set; }

    public long Approved { get; set; }

    public long Rejected { get; set; }

    public long Refused { get; set; }

    public double? MaxApprovalMinutes { get; set; }

    /// <summary>The latest approvals' minutes, a ring of at most <see cref="ArrivalDeletionStatsGrain.SampleSize"/>.</summary>
    public List<double> Sample { get; set; } = [];

    /// <summary>Where the next approval goes in a full ring.</summary>
    public int Next { get; set; }
}
