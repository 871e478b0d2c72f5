using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Tracks;

public static class TrackWindow
{
    /// <summary>Orders stored points by time, drops re-stored sequence numbers and applies the window.</summary>
    public static ImmutableArray<TrackPoint> Select(IEnumerable<TrackPoint> points, DateTimeOffset? from, DateTimeOffset? to)
    {
        var seen = new HashSet<long>();
        return [.. points
            .Where(p => (from is null || p.Time >= from) && (to is null || p.Time <= to))
            .Where(p => seen.Add(p.Seq))
            .OrderBy(p => p.Time)
            .ThenBy(p => p.Seq)];
    }
}
