using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Silo.Storage;

/// <summary>
/// Tracks as append-only files of fixed-size binary records, one file per lock or vehicle.
/// A record is 56 bytes, so a 10,000-point track is about half a megabyte and reads in one go.
/// A torn last record after a crash is ignored on read.
/// </summary>
public sealed class FileTrackStore(string root) : ITrackStore
{
    private const int RecordSize = 56;
    private const byte HasSpeed = 1;
    private const byte HasHeading = 2;

    private readonly string _root = Path.Combine(root, "tracks");

    public async ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0)
        {
            return;
        }

        var buffer = new byte[points.Count * RecordSize];
        for (var i = 0; i < points.Count; i++)
        {
            Write(buffer.AsSpan(i * RecordSize, RecordSize), points[i]);
        }

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
        var points = new List<TrackPoint>(bytes.Length / RecordSize);
        for (var offset = 0; offset + RecordSize <= bytes.Length; offset += RecordSize)
        {
            points.Add(Read(bytes.AsSpan(offset, RecordSize)));
        }

        return TrackWindow.Select(points, from, to);
    }

    /// <summary>Ids are hashed into the file name: safe on any file system whatever characters they hold.</summary>
    private string PathOf(string trackId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trackId)));
        return Path.Combine(_root, hash[..2], hash + ".trk");
    }

    private static void Write(Span<byte> r, TrackPoint p)
    {
        BinaryPrimitives.WriteInt64LittleEndian(r, p.Seq);
        BinaryPrimitives.WriteInt64LittleEndian(r[8..], p.Time.UtcTicks);
        BinaryPrimitives.WriteDoubleLittleEndian(r[16..], p.Lat);
        BinaryPrimitives.WriteDoubleLittleEndian(r[24..], p.Lon);
        BinaryPrimitives.WriteDoubleLittleEndian(r[32..], p.SpeedKmh ?? 0);
        BinaryPrimitives.WriteDoubleLittleEndian(r[40..], p.Heading ?? 0);
        r[48] = (byte)((p.SpeedKmh is null ? 0 : HasSpeed) | (p.Heading is null ? 0 : HasHeading));
        r[49..].Clear();
    }

    private static TrackPoint Read(ReadOnlySpan<byte> r)
    {
        var flags = r[48];
        return new TrackPoint(
            BinaryPrimitives.ReadInt64LittleEndian(r),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(r[8..]), TimeSpan.Zero),
            BinaryPrimitives.ReadDoubleLittleEndian(r[16..]),
            BinaryPrimitives.ReadDoubleLittleEndian(r[24..]),
            (flags & HasSpeed) != 0 ? BinaryPrimitives.ReadDoubleLittleEndian(r[32..]) : null,
            (flags & HasHeading) != 0 ? BinaryPrimitives.ReadDoubleLittleEndian(r[40..]) : null);
    }
}
