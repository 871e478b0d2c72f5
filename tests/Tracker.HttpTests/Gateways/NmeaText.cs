using System.Globalization;
using Tracker.Simulator.Protocols.Nmea;

namespace Tracker.HttpTests.Gateways;

/// <summary>NMEA lines from the simulator's transponder, for a vessel named by test ids.</summary>
internal static class NmeaText
{
    public static uint Mmsi(string mmsi) => uint.Parse(mmsi, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Position(string mmsi, DateTimeOffset at, double lat, double lon, double sog = 11.5) =>
        NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(Mmsi(mmsi), lat, lon, sog, 45.0, 44, 0, at.Second)), tagTime: at);

    public static IReadOnlyList<string> Voyage(string mmsi, string imo, DateTimeOffset at, DateTimeOffset eta, string destination, string name = "NMEA FEEDER", string callSign = "VRNM4") =>
        NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(Mmsi(mmsi), int.Parse(imo, CultureInfo.InvariantCulture), callSign, name, 70, 100, 40, 10, 10, eta, 8.0, destination)),
            sequenceId: 3, tagTime: at);

    public static string Body(IEnumerable<string> lines) => string.Join("\r\n", lines) + "\r\n";
}
