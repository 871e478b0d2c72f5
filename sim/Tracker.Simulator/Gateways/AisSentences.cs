using System.Globalization;
using System.Text.Json.Nodes;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.Simulator.Gateways;

/// <summary>
/// A simulated AIS report (the JSON of Journeys/Messages.cs) as the !AIVDM sentences a transponder would send,
/// through the simulator's AIS encoder (Protocols/Nmea): type 1 for the position, type 5 for static and voyage data.
/// No tag block: a receiver on TCP seldom sends one, and the gateway then stamps the time of receipt, which tells
/// apart reports less than a second apart (as an accelerated simulation sends them).
/// </summary>
public static class AisSentences
{
    /// <summary>A feeder's size: 120 m by 24 m, 9 m draught.</summary>
    private const int Bow = 100, Stern = 20, Side = 12;
    private const double Draught = 9;

    /// <summary>Cargo ship, no additional information.</summary>
    private const int Cargo = 70;

    public static IReadOnlyList<string> Position(JsonNode report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var time = DateTimeOffset.Parse(report["time"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var cog = report["cogDegrees"]?.GetValue<double>();
        var fix = new AisFix(
            Mmsi(report),
            report["lat"]!.GetValue<double>(),
            report["lon"]!.GetValue<double>(),
            report["sogKnots"]?.GetValue<double>(),
            cog,
            cog is { } c ? (int)Math.Round(c) % 360 : null,
            report["navStatus"]?.GetValue<int>(),
            time.UtcDateTime.Second);
        return NmeaSentences.Wrap(AisEncoder.ClassA(fix));
    }

    /// <param name="sequenceId">1 to 9: tells this two-fragment message from another on the same channel.</param>
    public static IReadOnlyList<string> StaticVoyage(JsonNode report, int sequenceId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var eta = report["eta"]?.GetValue<string>() is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : (DateTimeOffset?)null;
        var voyage = new AisVoyage(
            Mmsi(report),
            int.Parse(report["imo"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            CallSign: null,
            report["name"]?.GetValue<string>(),
            Cargo,
            Bow,
            Stern,
            Side,
            Side,
            eta,
            Draught,
            report["destination"]?.GetValue<string>());
        return NmeaSentences.Wrap(AisEncoder.StaticVoyage(voyage), sequenceId: sequenceId);
    }

    private static uint Mmsi(JsonNode report) => uint.Parse(report["mmsi"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
