using System.Globalization;

namespace Tracker.Silo.Tracks;

/// <summary>
/// The names of a track's append blobs ("parts"). Azure takes 50,000 appends per append blob, so a
/// long track fills one part after another. Part 0 keeps the name every track had before tracks
/// rolled over, <c>tracks/{escaped id}</c>, so those tracks read on unchanged; part n is
/// <c>tracks/{escaped id}@{n:D6}</c>. An escaped id never holds '@', so no track's part 0 is another
/// track's later part; and a later part is no "folder" under part 0, which a storage account with a
/// hierarchical namespace would refuse. Part 0 carries the number of parts in its metadata, so a
/// read learns them from the download of part 0 it makes anyway, with no listing.
/// </summary>
internal static class TrackBlobs
{
    private const string PartsKey = "parts";

    public static string Part(string trackId, int part) => part == 0
        ? $"tracks/{Uri.EscapeDataString(trackId)}"
        : $"tracks/{Uri.EscapeDataString(trackId)}@{part.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>The newest part that part 0's metadata names: 0 for a track that never rolled over.</summary>
    public static int LastPart(IDictionary<string, string> firstPartMetadata) =>
        firstPartMetadata.TryGetValue(PartsKey, out var value)
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parts)
        && parts > 1 ? parts - 1 : 0;

    /// <summary>Part 0's metadata once <paramref name="lastPart"/> is the newest part.</summary>
    public static Dictionary<string, string> Naming(int lastPart) =>
        new(StringComparer.Ordinal) { [PartsKey] = (lastPart + 1).ToString(CultureInfo.InvariantCulture) };
}
