using System.Text;

namespace Tracker.Simulator.Protocols.Nmea;

/// <summary>Builds an AIS message bit by bit and armours it into six-bit characters.</summary>
public sealed class SixBitWriter
{
    private readonly List<bool> _bits = [];

    public int Length => _bits.Count;

    public SixBitWriter U(long value, int bits)
    {
        for (var i = bits - 1; i >= 0; i--)
        {
            _bits.Add(((value >> i) & 1) == 1);
        }

        return this;
    }

    /// <summary>Two's complement in <paramref name="bits"/> bits.</summary>
    public SixBitWriter S(long value, int bits) => U(value & ((1L << bits) - 1), bits);

    /// <summary>Six-bit text padded with '@' to <paramref name="chars"/> characters (lower case is sent upper case).</summary>
    public SixBitWriter Text(string? text, int chars)
    {
        var t = (text ?? string.Empty).ToUpperInvariant();
        for (var i = 0; i < chars; i++)
        {
            var c = i < t.Length ? t[i] : '@';
            var six = c is >= '@' and <= '_' ? c - 64 : c is >= ' ' and <= '?' ? c : 0;
            U(six, 6);
        }

        return this;
    }

    /// <summary>The armoured payload and its fill bits.</summary>
    public (string Payload, int Fill) Armour()
    {
        var fill = (6 - (_bits.Count % 6)) % 6;
        var sb = new StringBuilder((_bits.Count + fill) / 6);
        for (var i = 0; i < _bits.Count + fill; i += 6)
        {
            var v = 0;
            for (var b = 0; b < 6; b++)
            {
                v = (v << 1) | (i + b < _bits.Count && _bits[i + b] ? 1 : 0);
            }

            sb.Append((char)(v < 40 ? v + 48 : v + 56));
        }

        return (sb.ToString(), fill);
    }
}
