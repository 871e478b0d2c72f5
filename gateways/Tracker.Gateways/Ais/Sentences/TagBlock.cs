using System.Buffers.Text;

namespace Tracker.Gateways.Ais.Sentences;

/// <summary>
/// An NMEA 4.10 tag block (<c>\c:1565218798,s:station*53\</c>): only the receive time <c>c</c> is used.
/// Its checksum, when present, must match like the sentence's.
/// </summary>
internal static class TagBlock
{
    /// <summary>Receivers that write milliseconds: no second count reaches this before the year 5138.</summary>
    private const long MillisecondsAbove = 100_000_000_000;

    public static NmeaDrop TryRead(ReadOnlySpan<byte> block, out DateTimeOffset? time)
    {
        time = null;
        var star = block.IndexOf((byte)'*');
        if (star >= 0)
        {
            if (!Hex.TryByte(block[(star + 1)..], out var expected))
            {
                return NmeaDrop.Syntax;
            }

            block = block[..star];
            if (Hex.Xor(block) != expected)
            {
                return NmeaDrop.Checksum;
            }
        }

        foreach (var range in block.Split((byte)','))
        {
            var field = block[range];
            if (field.Length < 3 || field[0] != (byte)'c' || field[1] != (byte)':')
            {
                continue;
            }

            if (!Utf8Parser.TryParse(field[2..], out long value, out var used) || used != field.Length - 2 || value < 0)
            {
                return NmeaDrop.Syntax;
            }

            try
            {
                time = value > MillisecondsAbove ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
            }
            catch (ArgumentOutOfRangeException)
            {
                return NmeaDrop.Time;
            }
        }

        return NmeaDrop.None;
    }
}
