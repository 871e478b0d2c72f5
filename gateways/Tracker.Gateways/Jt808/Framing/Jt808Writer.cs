using System.Buffers;
using System.Buffers.Binary;

namespace Tracker.Gateways.Jt808.Framing;

/// <summary>
/// Frames the platform's replies: header in the terminal's own version (a 2019 terminal gets a 2019 header
/// with its 10-byte phone), checksum, escaping. Replies are small and never sub-packaged.
/// </summary>
public static class Jt808Writer
{
    public const int MaxReplyBody = 256;

    public static void Write(IBufferWriter<byte> output, ushort messageId, in Jt808Addressee to, ushort serial, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body.Length, MaxReplyBody);
        Span<byte> frame = stackalloc byte[21 + MaxReplyBody + 1];
        BinaryPrimitives.WriteUInt16BigEndian(frame, messageId);
        var attributes = (ushort)(body.Length | (to.Is2019 ? Jt808Header.VersionFlag : 0));
        BinaryPrimitives.WriteUInt16BigEndian(frame[2..], attributes);
        var at = 4;
        if (to.Is2019)
        {
            frame[at++] = to.Version;
        }

        to.Phone.Span.CopyTo(frame[at..]);
        at += to.Phone.Length;
        BinaryPrimitives.WriteUInt16BigEndian(frame[at..], serial);
        at += 2;
        body.CopyTo(frame[at..]);
        at += body.Length;
        frame[at] = Jt808Framer.Checksum(frame[..at]);
        at++;

        var escaped = output.GetSpan((2 * at) + 2);
        var n = 0;
        escaped[n++] = Jt808Framer.Flag;
        foreach (var b in frame[..at])
        {
            if (b == Jt808Framer.Flag)
            {
                escaped[n++] = Jt808Framer.Escape;
                escaped[n++] = 0x02;
            }
            else if (b == Jt808Framer.Escape)
            {
                escaped[n++] = Jt808Framer.Escape;
                escaped[n++] = 0x01;
            }
            else
            {
                escaped[n++] = b;
            }
        }

        escaped[n++] = Jt808Framer.Flag;
        output.Advance(n);
    }

    public static byte[] ToArray(ushort messageId, in Jt808Addressee to, ushort serial, ReadOnlySpan<byte> body)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        Write(buffer, messageId, to, serial, body);
        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>Whom a reply goes to: the terminal's phone bytes as it sent them, and its header version.</summary>
public readonly record struct Jt808Addressee(ReadOnlyMemory<byte> Phone, bool Is2019, byte Version)
{
    /// <summary>A copy of the header's addressing, safe to keep after the framer's next read.</summary>
    public static Jt808Addressee From(in Jt808Header header) => new(header.Phone.ToArray(), header.Is2019, header.Version);
}
