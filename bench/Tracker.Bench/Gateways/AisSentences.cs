using System.Text;

namespace Tracker.Bench.Gateways;

/// <summary>
/// The bench's own AIS encoder (types 1 and 5 as PROTOCOLS.md lays them out), so that the decode corpus and the
/// NMEA feed are made here rather than read from a recording: the MMSIs and positions are then known and many.
/// </summary>
public static class AisSentences
{
    /// <summary>One type 1 sentence, "\r\n" included: under way, ROT not available, second of the minute given.</summary>
    public static string Position(uint mmsi, double lat, double lon, double sogKnots, double cogDegrees, int heading, int second)
    {
        var bits = new Bits(168);
        bits.Put(1, 6).Put(0, 2).Put(mmsi, 30).Put(0, 4).Put(0x80, 8)
            .Put((ulong)Math.Round(sogKnots * 10), 10).Put(1, 1)
            .Put(Signed((long)Math.Round(lon * 600_000), 28), 28).Put(Signed((long)Math.Round(lat * 600_000), 27), 27)
            .Put((ulong)Math.Round(cogDegrees * 10), 12).Put((ulong)heading, 9).Put((ulong)second, 6)
            .Put(0, 2).Put(0, 3).Put(0, 1).Put(0, 19);
        var (payload, fill) = bits.Armour();
        return Sentence(1, 1, null, payload, fill);
    }

    /// <summary>One type 5 message as the two sentences a real transponder sends (its 424 bits exceed one sentence).</summary>
    public static string Static(uint mmsi, uint imo, string callSign, string name, string destination, int sequenceId)
    {
        var bits = new Bits(424);
        bits.Put(5, 6).Put(0, 2).Put(mmsi, 30).Put(0, 2).Put(imo, 30).Text(callSign, 7).Text(name, 20).Put(70, 8)
            .Put(150, 9).Put(30, 9).Put(15, 6).Put(15, 6).Put(1, 4)
            .Put(6, 4).Put(15, 5).Put(12, 5).Put(30, 6).Put(95, 8).Text(destination, 20).Put(0, 1).Put(0, 1);
        var (payload, fill) = bits.Armour();
        var sequence = (sequenceId % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Sentence(2, 1, sequence, payload[..60], 0) + Sentence(2, 2, sequence, payload[60..], fill);
    }

    private static ulong Signed(long value, int width) => (ulong)value & ((1UL << width) - 1);

    private static string Sentence(int count, int number, string? sequence, string payload, int fill)
    {
        var body = $"AIVDM,{count},{number},{sequence},A,{payload},{fill}";
        byte sum = 0;
        foreach (var c in body)
        {
            sum ^= (byte)c;
        }

        return $"!{body}*{sum:X2}\r\n";
    }

    private sealed class Bits(int length)
    {
        private readonly bool[] _bits = new bool[length];
        private int _at;

        public Bits Put(ulong value, int width)
        {
            for (var i = width - 1; i >= 0; i--)
            {
                _bits[_at++] = ((value >> i) & 1) == 1;
            }

            return this;
        }

        /// <summary>Six-bit text: '@' (0) pads, letters are their ASCII value minus 64, digits and signs themselves.</summary>
        public Bits Text(string text, int characters)
        {
            for (var i = 0; i < characters; i++)
            {
                var c = i < text.Length ? char.ToUpperInvariant(text[i]) : '@';
                Put((ulong)(c >= 64 ? c - 64 : c), 6);
            }

            return this;
        }

        public (string Payload, int Fill) Armour()
        {
            var characters = (_bits.Length + 5) / 6;
            var fill = (characters * 6) - _bits.Length;
            var text = new StringBuilder(characters);
            for (var c = 0; c < characters; c++)
            {
                var v = 0;
                for (var b = 0; b < 6; b++)
                {
                    var index = (c * 6) + b;
                    v = (v << 1) | (index < _bits.Length && _bits[index] ? 1 : 0);
                }

                text.Append((char)(v < 40 ? v + 48 : v + 56));
            }

            return (text.ToString(), fill);
        }
    }
}
