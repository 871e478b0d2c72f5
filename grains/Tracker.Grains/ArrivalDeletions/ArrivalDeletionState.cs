using Tracker.Domain.ArrivalDeletions;

namespace Tracker.Grains.ArrivalDeletions;

public sealed class ArrivalDeletionState
{
    public ArrivalDeletionView? Request { get; set; }

    /// <summary>Approved, and the ARRD (and ARRP) not yet stored on the container: done at the next call or activation.</summary>
    public bool MilestonesPending { get; set; }

    /// <summary>The status the lists and figures last heard of (null: none yet); they catch up when it lags.</summary>
    public ArrivalDeletionStatus? Published { get; set; }
}
