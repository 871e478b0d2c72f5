using System.Globalization;
using System.Text;

namespace Tracker.Simulator.Protocols.Nmea;

/// <summary>Wraps armoured payloads in <c>!AIVDM</c> sentences: fragments of at most 60 characters, checksum, optional tag block.</summary>
public static class NmeaSentences
{
    /// <summary>Payload characters per fragment: 60 keeps a sentence well under 82 characters.</summary>
    public const int MaxFragmentPayload = 60;

    public static IReadOnlyList<string> Wrap(
        (string Payload, int Fill) message, char channel = 'A', int? sequenceId = null, DateTimeOffset? tagTime = null, string talker = "AI", string kind = "VDM",
        int maxPayload = MaxFragmentPayload)
    {
        var (payload, fill) = message;
        var parts = Math.Max(1, (payload.Length + maxPayload - 1) / maxPayload);
        var seq = parts > 1 ? (sequenceId ?? 0).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var lines = new List<string>(parts);
        for (var i = 0; i < parts; i++)
        {
            var chunk = payload.Substring(i * maxPayload, Math.Min(maxPayload, payload.Length - (i * maxPayload)));
            var body = string.Create(CultureInfo.InvariantCulture, $"{talker}{kind},{parts},{i + 1},{seq},{channel},{chunk},{(i == parts - 1 ? fill : 0)}");
            var line = $"!{body}*{Checksum(body)}";
            lines.Add(i == 0 && tagTime is { } t ? TagBlock(t) + line : line);
        }

        return lines;
    }

    /// <summary>An NMEA 4.10 tag block giving the receive time as Unix seconds.</summary>
    public static string TagBlock(DateTimeOffset time)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"c:{time.ToUnixTimeSeconds()}");
        return $"\\{body}*{Checksum(body)}\\";
    }

    public static string Checksum(string body)
    {
        byte x = 0;
        foreach (var b in Encoding.ASCII.GetBytes(body))
        {
            x ^= b;
        }

        return x.ToString("X2", CultureInfo.InvariantCulture);
    }
}
