using Tracker.Grains.Common;

namespace Tracker.StorageTests.Tracks;

internal static class TrackPoints
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Points <paramref name="first"/> onwards, 30 s apart as a vehicle reports, with sequence numbers equal to their index.</summary>
    public static TrackPoint[] Range(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(i => new TrackPoint(i, TimeOf(i), 36 + (i * 1e-4), 120.3, 40, 90))];

    public static DateTimeOffset TimeOf(int index) => Start.AddSeconds(index * 30);

    public static long[] Seqs(IEnumerable<TrackPoint> points) => [.. points.Select(p => p.Seq)];

    public static long[] Seqs(int first, int count) => [.. Enumerable.Range(first, count).Select(i => (long)i)];
}
