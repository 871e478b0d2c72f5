using System.Buffers.Binary;
using Tracker.Grains.Common;

namespace Tracker.Silo.Tracks;

/// <summary>
/// Track points as fixed-size 56-byte binary records: a 10,000-point track is about half a
/// megabyte and reads back in one request. A torn record at the end is ignored.
/// </summary>
public static class TrackRecords
{
    public const int RecordSize = 56;
    private const byte HasSpeed = 1;
    private const byte HasHeading = 2;

    public static byte[] Encode(IReadOnlyList<TrackPoint> points)
    {
        var buffer = new byte[points.Count * RecordSize];
        for (var i = 0; i < points.Count; i++)
        {
            Write(buffer.AsSpan(i * RecordSize, RecordSize), points[i]);
        }

        return buffer;
    }

    public static List<TrackPoint> Decode(ReadOnlySpan<byte> bytes)
    {
        var points = new List<TrackPoint>(bytes.Length / RecordSize);
        for (var offset = 0; offset + RecordSize <= bytes.Length; offset += RecordSize)
        {
            points.Add(Read(bytes.Slice(offset, RecordSize)));
        }

        return points;
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
