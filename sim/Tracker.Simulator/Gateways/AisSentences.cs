using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// A simulated AIS report (the JSON of Journeys/Messages.cs) as the !AIVDM sentences a transponder would send:
/// type 1 (position) and type 5 (static and voyage data, two fragments). Layouts from PROTOCOLS.md §2.
/// </summary>
public static class AisSentences
{
    private const int MaxPayload = 60;

    /// <summary>Type 1: nav status, speed, position, course, heading and the UTC second.</summary>
    public static IEnumerable<string> Position(JsonNode report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var time = Time(report);
        var cog = report["cogDegrees"]?.GetValue<double>();
        var bits = new Bits(168);
        bits.Add(1, 6).Add(0, 2).Add(Mmsi(report), 30);
        bits.Add(report["navStatus"]?.GetValue<int>() ?? 15, 4);
        bits.Add(0x80, 8); // rate of turn not available
        bits.Add(report["sogKnots"]?.GetValue<double>() is { } sog ? (long)Math.Min(1022, Math.Round(sog * 10)) : 1023, 10);
        bits.Add(1, 1);
        bits.Add((long)Math.Round(report["lon"]!.GetValue<double>() * 600_000), 28);
        bits.Add((long)Math.Round(report["lat"]!.GetValue<double>() * 600_000), 27);
        bits.Add(cog is { } c ? (long)Math.Round(c * 10) % 3600 : 3600, 12);
        bits.Add(cog is { } h ? (long)Math.Round(h) % 360 : 511, 9);
        bits.Add(time.Second, 6);
        bits.Add(0, 2).Add(0, 3).Add(0, 1).Add(0, 19);
        return Sentences(bits, sequence: null);
    }

    /// <summary>Type 5: IMO, call sign, name, ship type (cargo), dimensions, ETA (UTC, no year), destination.</summary>
    public static IEnumerable<string> StaticVoyage(JsonNode report, int sequence)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bits = new Bits(424);
        bits.Add(5, 6).Add(0, 2).Add(Mmsi(report), 30).Add(0, 2);
        bits.Add(long.Parse(report["imo"]!.GetValue<string>(), CultureInfo.InvariantCulture), 30);
        bits.Text("", 7);
        bits.Text(report["name"]?.GetValue<string>() ?? "", 20);
        bits.Add(70, 8);
        bits.Add(120, 9).Add(20, 9).Add(12, 6).Add(12, 6);
        bits.Add(1, 4);
        if (report["eta"]?.GetValue<string>() is { } text)
        {
            var eta = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;
            bits.Add(eta.Month, 4).Add(eta.Day, 5).Add(eta.Hour, 5).Add(eta.Minute, 6);
        }
        else
        {
            bits.Add(0, 4).Add(0, 5).Add(24, 5).Add(60, 6);
        }

        bits.Add(90, 8);
        bits.Text(report["destination"]?.GetValue<string>() ?? "", 20);
        bits.Add(0, 1).Add(0, 1);
        return Sentences(bits, sequence);
    }

    private static long Mmsi(JsonNode report) => long.Parse(report["mmsi"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(JsonNode report) =>
        DateTimeOffset.Parse(report["time"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static IEnumerable<string> Sentences(Bits bits, int? sequence)
    {
        var (payload, fill) = bits.Armour();
        var count = (payload.Length + MaxPayload - 1) / MaxPayload;
        for (var i = 0; i < count; i++)
        {
            var part = payload.Substring(i * MaxPayload, Math.Min(MaxPayload, payload.Length - (i * MaxPayload)));
            var body = string.Create(CultureInfo.InvariantCulture, $"AIVDM,{count},{i + 1},{(count > 1 ? sequence : null)},A,{part},{(i == count - 1 ? fill : 0)}");
            var checksum = 0;
            foreach (var ch in body)
            {
                checksum ^= ch;
            }

            yield return string.Create(CultureInfo.InvariantCulture, $"!{body}*{checksum:X2}");
        }
    }

    /// <summary>Big-endian fields into 6-bit groups; negative values in two's complement of the field's width.</summary>
    private sealed class Bits(int length)
    {
        private readonly bool[] _bits = new bool[length];
        private int _at;

        public Bits Add(long value, int width)
        {
            for (var i = width - 1; i >= 0; i--)
            {
                _bits[_at++] = ((value >> i) & 1) != 0;
            }

            return this;
        }

        /// <summary>Six-bit text, upper case, padded with '@' (0).</summary>
        public Bits Text(string text, int characters)
        {
            var upper = text.ToUpperInvariant();
            for (var i = 0; i < characters; i++)
            {
                var ch = i < upper.Length ? upper[i] : '@';
                Add(ch is >= '@' and <= '_' ? ch - 64 : ch is >= ' ' and <= '?' ? ch : 0, 6);
            }

            return this;
        }

        public (string Payload, int Fill) Armour()
        {
            var fill = (6 - (_bits.Length % 6)) % 6;
            var builder = new StringBuilder((_bits.Length + fill) / 6);
            for (var i = 0; i < _bits.Length; i += 6)
            {
                var v = 0;
                for (var j = 0; j < 6; j++)
                {
                    v = (v << 1) | (i + j < _bits.Length && _bits[i + j] ? 1 : 0);
                }

                builder.Append((char)(v < 40 ? v + 48 : v + 56));
            }

            return (builder.ToString(), fill);
        }
    }
}
