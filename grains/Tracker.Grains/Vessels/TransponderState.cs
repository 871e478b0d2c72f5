using Tracker.Grains.Vessels;

namespace Tracker.Grains.Vessels;

public sealed class TransponderState
{
    public string? Imo { get; set; }

    /// <summary>Times of the latest reports, to recognise a report sent twice.</summary>
    public List<DateTimeOffset> RecentTimes { get; set; } = [];

    /// <summary>The freshest report while the IMO is unknown, handed on once it is learnt.</summary>
    public AisReport? Pending { get; set; }
}
