using System.Buffers;

namespace Tracker.Gateways.Jt808.Framing;

/// <summary>
/// Cuts JT/T 808 frames out of a byte stream: 7E, escaped header and body and checksum, 7E. One per
/// connection: it owns the buffer each frame is unescaped into, so a frame lives until the next read and
/// reading allocates nothing.
/// </summary>
public sealed class Jt808Framer
{
    public const byte Flag = 0x7E;
    public const byte Escape = 0x7D;

    /// <summary>Largest unescaped body taken (the 10-bit length field allows 1023; 2 KB leaves room for vendors).</summary>
    public const int MaxBody = 2048;

    /// <summary>Longest unescaped frame: a 2019 header with sub-package fields, the body, the checksum.</summary>
    public const int MaxFrame = 21 + MaxBody + 1;

    /// <summary>Escaping at most doubles a frame; a candidate longer than that is not a frame, whatever follows.</summary>
    public const int MaxEscaped = 2 * MaxFrame;

    /// <summary>The smallest frame: a 2013 header without sub-package fields, and the checksum.</summary>
    public const int MinFrame = 12 + 1;

    private readonly byte[] _frame = new byte[MaxFrame];

    /// <summary>
    /// Reads the next frame from <paramref name="buffer"/> and slices off what it consumed. Bad candidates are
    /// dropped with their reason, never thrown: the caller counts them and calls again. A dropped candidate's
    /// closing 7E is kept as the next opening one, so that a corrupt frame costs only itself.
    /// </summary>
    public Jt808ReadStatus TryRead(ref ReadOnlySequence<byte> buffer, out Jt808Frame frame, out Jt808Drop drop)
    {
        frame = default;
        drop = Jt808Drop.None;
        while (true)
        {
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryAdvanceTo(Flag, advancePastDelimiter: false))
            {
                // Garbage with no 7E at all (a terminal's banner, line noise): nothing to keep.
                buffer = buffer.Slice(buffer.End);
                return Jt808ReadStatus.NeedMore;
            }

            buffer = buffer.Slice(reader.Position);
            reader.Advance(1);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> candidate, Flag, advancePastDelimiter: false))
            {
                if (reader.Remaining > MaxEscaped)
                {
                    buffer = buffer.Slice(buffer.End);
                    drop = Jt808Drop.TooLong;
                    return Jt808ReadStatus.Dropped;
                }

                return Jt808ReadStatus.NeedMore;
            }

            var closing = reader.Position;
            if (candidate.IsEmpty)
            {
                // 7E 7E: the closing flag of one frame and the opening one of the next, or a terminal's keep-alive.
                buffer = buffer.Slice(closing);
                continue;
            }

            drop = Check(candidate, out frame);
            if (drop == Jt808Drop.None)
            {
                buffer = buffer.Slice(buffer.GetPosition(1, closing));
                return Jt808ReadStatus.Frame;
            }

            buffer = buffer.Slice(closing);
            return Jt808ReadStatus.Dropped;
        }
    }

    private Jt808Drop Check(ReadOnlySequence<byte> candidate, out Jt808Frame frame)
    {
        frame = default;
        if (candidate.Length < MinFrame)
        {
            return Jt808Drop.TooShort;
        }

        if (candidate.Length > MaxEscaped)
        {
            return Jt808Drop.TooLong;
        }

        var unescaped = Unescape(candidate, _frame);
        if (unescaped < 0)
        {
            return unescaped == -1 ? Jt808Drop.BadEscape : Jt808Drop.TooLong;
        }

        if (unescaped < MinFrame)
        {
            return Jt808Drop.TooShort;
        }

        var bytes = _frame.AsSpan(0, unescaped);
        var attributes = (ushort)((bytes[2] << 8) | bytes[3]);
        var headerLength = Jt808Header.HeaderLength(attributes);
        if (headerLength + (attributes & Jt808Header.LengthMask) + 1 != unescaped)
        {
            return Jt808Drop.LengthMismatch;
        }

        if (Checksum(bytes[..^1]) != bytes[^1])
        {
            return Jt808Drop.BadChecksum;
        }

        var header = Jt808Header.Read(_frame.AsMemory(0, headerLength));
        if (header.IsEncrypted)
        {
            return Jt808Drop.Unsupported;
        }

        frame = new Jt808Frame(header, _frame.AsMemory(headerLength, header.BodyLength));
        return Jt808Drop.None;
    }

    /// <summary>Undoes 7D 02 → 7E and 7D 01 → 7D. Returns the length, -1 for a bad escape, -2 when it does not fit.</summary>
    public static int Unescape(ReadOnlySequence<byte> escaped, Span<byte> into)
    {
        var n = 0;
        var pendingEscape = false;
        foreach (var segment in escaped)
        {
            foreach (var b in segment.Span)
            {
                byte value;
                if (pendingEscape)
                {
                    pendingEscape = false;
                    if (b == 0x02)
                    {
                        value = Flag;
                    }
                    else if (b == 0x01)
                    {
                        value = Escape;
                    }
                    else
                    {
                        return -1;
                    }
                }
                else if (b == Escape)
                {
                    pendingEscape = true;
                    continue;
                }
                else
                {
                    value = b;
                }

                if (n == into.Length)
                {
                    return -2;
                }

                into[n++] = value;
            }
        }

        return pendingEscape ? -1 : n;
    }

    /// <summary>XOR of every byte from the message id to the last body byte.</summary>
    public static byte Checksum(ReadOnlySpan<byte> bytes)
    {
        byte x = 0;
        foreach (var b in bytes)
        {
            x ^= b;
        }

        return x;
    }
}
