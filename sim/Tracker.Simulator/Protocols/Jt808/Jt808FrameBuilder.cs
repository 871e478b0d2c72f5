using System.Buffers.Binary;

namespace Tracker.Simulator.Protocols.Jt808;

/// <summary>
/// Frames terminal messages: header (2013, or 2019 with its version byte and 10-byte phone), checksum, escaping.
/// The terminal side of the protocol, for the simulator and tests; the server only decodes these.
/// </summary>
public static class Jt808FrameBuilder
{
    /// <summary>Builds one frame. <paramref name="part"/> (total, 1-based index) marks a sub-package.</summary>
    public static byte[] Build(ushort messageId, string phone, ushort serial, ReadOnlySpan<byte> body, bool is2019 = false, byte version = 1, (ushort Total, ushort Index)? part = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body.Length, 0x3FF);
        var headerLength = (is2019 ? 17 : 12) + (part is null ? 0 : 4);
        var raw = new byte[headerLength + body.Length + 1];
        BinaryPrimitives.WriteUInt16BigEndian(raw, messageId);
        var attributes = body.Length | (is2019 ? 0x4000 : 0) | (part is null ? 0 : 0x2000);
        BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(2), (ushort)attributes);
        var at = 4;
        if (is2019)
        {
            raw[at++] = version;
        }

        var phoneLength = is2019 ? 10 : 6;
        Bcd(phone, raw.AsSpan(at, phoneLength));
        at += phoneLength;
        BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(at), serial);
        at += 2;
        if (part is { } p)
        {
            BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(at), p.Total);
            BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(at + 2), p.Index);
            at += 4;
        }

        body.CopyTo(raw.AsSpan(at));
        byte checksum = 0;
        foreach (var b in raw.AsSpan(0, raw.Length - 1))
        {
            checksum ^= b;
        }

        raw[^1] = checksum;
        return Escape(raw);
    }

    /// <summary>7E, the bytes with 7E → 7D 02 and 7D → 7D 01, 7E.</summary>
    public static byte[] Escape(ReadOnlySpan<byte> raw)
    {
        var escaped = new List<byte>((raw.Length * 2) + 2) { 0x7E };
        foreach (var b in raw)
        {
            switch (b)
            {
                case 0x7E:
                    escaped.Add(0x7D);
                    escaped.Add(0x02);
                    break;
                case 0x7D:
                    escaped.Add(0x7D);
                    escaped.Add(0x01);
                    break;
                default:
                    escaped.Add(b);
                    break;
            }
        }

        escaped.Add(0x7E);
        return [.. escaped];
    }

    /// <summary>A decimal phone number as zero-padded BCD filling <paramref name="into"/>.</summary>
    public static void Bcd(string digits, Span<byte> into)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var padded = digits.PadLeft(into.Length * 2, '0');
        if (padded.Length > into.Length * 2 || !padded.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{digits}' is not a phone number of at most {into.Length * 2} digits.", nameof(digits));
        }

        for (var i = 0; i < into.Length; i++)
        {
            into[i] = (byte)(((padded[2 * i] - '0') << 4) | (padded[(2 * i) + 1] - '0'));
        }
    }
}
