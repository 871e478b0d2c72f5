using Tracker.Gateways.Ais.Sentences;

namespace Tracker.Gateways.Ais.Payload;

/// <summary>
/// Reads big-endian bit fields straight out of an armoured payload (six bits a character, most significant first),
/// without de-armouring it into a buffer first.
/// </summary>
public readonly ref struct AisBits
{
    private readonly ReadOnlySpan<byte> _armoured;

    public AisBits(ReadOnlySpan<byte> armoured, int fillBits)
    {
        _armoured = armoured;
        Length = Math.Max(0, (armoured.Length * 6) - fillBits);
    }

    /// <summary>How many bits the message carries, fill bits excluded.</summary>
    public int Length { get; }

    public bool Has(int start, int bits) => start + bits <= Length;

    /// <summary>An unsigned field of at most 32 bits; bits past the end read as 0 (see <see cref="Has"/>).</summary>
    public uint U(int start, int bits)
    {
        uint value = 0;
        var end = start + bits;
        var bit = start;
        while (bit < end)
        {
            var index = bit / 6;
            var offset = bit - (index * 6);
            var take = Math.Min(6 - offset, end - bit);
            var six = index < _armoured.Length && bit < Length ? Armour.SixBits(_armoured[index]) : 0;
            value = (value << take) | (uint)((six >> (6 - offset - take)) & ((1 << take) - 1));
            bit += take;
        }

        return value;
    }

    /// <summary>A two's complement field.</summary>
    public int S(int start, int bits)
    {
        var raw = U(start, bits);
        var shift = 32 - bits;
        return (int)(raw << shift) >> shift;
    }

    public bool Flag(int bit) => U(bit, 1) == 1;

    /// <summary>
    /// Six-bit text of up to <paramref name="chars"/> characters, cut at the first '@' (padding), trailing spaces
    /// trimmed; only the whole characters the message holds are read, so a short message gives a short text.
    /// Null when nothing is left: the field is "not available".
    /// </summary>
    public string? Text(int start, int chars)
    {
        Span<char> text = stackalloc char[Math.Max(0, chars)];
        var n = 0;
        for (var i = 0; i < chars && Has(start + (i * 6), 6); i++)
        {
            var six = (int)U(start + (i * 6), 6);
            if (six == 0)
            {
                break;
            }

            text[n++] = (char)(six < 32 ? six + 64 : six);
        }

        var trimmed = text[..n].TrimEnd(' ');
        return trimmed.IsEmpty ? null : new string(trimmed);
    }
}
