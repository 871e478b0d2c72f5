using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Silo.Tracks;

/// <summary>
/// Tracks as append-only files of <see cref="TrackRecords"/>, one file per track. A torn last
/// record after a crash is cut off before the next append and ignored on read.
/// </summary>
public sealed class FileTrackStore(string root) : ITrackStore
{
    private const int RecordSize = TrackRecords.RecordSize;

    private readonly string _root = Path.Combine(root, "tracks");

    public async ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0)
        {
            return;
        }

        var buffer = TrackRecords.Encode(points);

        var path = PathOf(trackId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // One grain owns a track and calls one at a time, so appends to a file never interleave.
        // A record torn by a crash is cut off first, or every later record would be misaligned.
        await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
        var whole = file.Length - (file.Length % RecordSize);
        if (whole != file.Length)
        {
            file.SetLength(whole);
        }

        file.Position = whole;
        await file.WriteAsync(buffer, cancellationToken);
        await file.FlushAsync(cancellationToken);
    }

    public async ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var path = PathOf(trackId);
        if (!File.Exists(path))
        {
            return [];
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return TrackWindow.Select(TrackRecords.Decode(bytes), from, to);
    }

    /// <summary>Ids are hashed into the file name: safe on any file system whatever characters they hold.</summary>
    private string PathOf(string trackId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trackId)));
        return Path.Combine(_root, hash[..2], hash + ".trk");
    }
}
