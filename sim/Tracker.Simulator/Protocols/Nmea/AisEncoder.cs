namespace Tracker.Simulator.Protocols.Nmea;

/// <summary>A vessel's position as a transponder sends it; null fields go out as "not available".</summary>
public sealed record AisFix(
    uint Mmsi, double? Lat, double? Lon, double? SogKnots = null, double? CogDegrees = null, int? Heading = null, int? NavStatus = null, int? Second = null);

/// <summary>Static and voyage data; <see cref="Eta"/> goes out as month, day, hour, minute (no year).</summary>
public sealed record AisVoyage(
    uint Mmsi, int? Imo = null, string? CallSign = null, string? Name = null, int ShipType = 0,
    int Bow = 0, int Stern = 0, int Port = 0, int Starboard = 0, DateTimeOffset? Eta = null, double? DraughtMetres = null, string? Destination = null);

/// <summary>
/// The simulator's AIS transponder: types 1 and 18 (positions), 5 (static and voyage, two fragments) and 24 A/B,
/// laid out as in GPSD's AIVDM notes. The gateway's decoder is tested against it, never built from it.
/// </summary>
public static class AisEncoder
{
    public static (string Payload, int Fill) ClassA(AisFix f, int type = 1) => new SixBitWriter()
        .U(type, 6).U(0, 2).U(f.Mmsi, 30)
        .U(f.NavStatus ?? 15, 4)
        .S(-128, 8)
        .U(Sog(f.SogKnots), 10)
        .U(1, 1)
        .S(Lon(f.Lon), 28).S(Lat(f.Lat), 27)
        .U(Cog(f.CogDegrees), 12).U(f.Heading ?? 511, 9)
        .U(f.Second ?? 60, 6)
        .U(0, 2).U(0, 3).U(0, 1).U(0, 19)
        .Armour();

    public static (string Payload, int Fill) ClassB(AisFix f) => new SixBitWriter()
        .U(18, 6).U(0, 2).U(f.Mmsi, 30)
        .U(0, 8)
        .U(Sog(f.SogKnots), 10)
        .U(1, 1)
        .S(Lon(f.Lon), 28).S(Lat(f.Lat), 27)
        .U(Cog(f.CogDegrees), 12).U(f.Heading ?? 511, 9)
        .U(f.Second ?? 60, 6)
        .U(0, 2)
        .U(0b1_0_1_1_1_0, 6).U(0, 1)
        .U(0, 20)
        .Armour();

    /// <summary>424 bits: two fragments on the wire.</summary>
    public static (string Payload, int Fill) StaticVoyage(AisVoyage v)
    {
        var eta = v.Eta?.UtcDateTime;
        return new SixBitWriter()
            .U(5, 6).U(0, 2).U(v.Mmsi, 30)
            .U(0, 2).U(v.Imo ?? 0, 30)
            .Text(v.CallSign, 7).Text(v.Name, 20)
            .U(v.ShipType, 8)
            .U(v.Bow, 9).U(v.Stern, 9).U(v.Port, 6).U(v.Starboard, 6)
            .U(1, 4)
            .U(eta?.Month ?? 0, 4).U(eta?.Day ?? 0, 5).U(eta?.Hour ?? 24, 5).U(eta?.Minute ?? 60, 6)
            .U((long)Math.Round((v.DraughtMetres ?? 0) * 10), 8)
            .Text(v.Destination, 20)
            .U(0, 1).U(0, 1)
            .Armour();
    }

    /// <summary>Type 24 part A: the name (168 bits).</summary>
    public static (string Payload, int Fill) StaticPartA(AisVoyage v) => new SixBitWriter()
        .U(24, 6).U(0, 2).U(v.Mmsi, 30).U(0, 2)
        .Text(v.Name, 20)
        .U(0, 8)
        .Armour();

    /// <summary>Type 24 part B: ship type, vendor, call sign and size (168 bits).</summary>
    public static (string Payload, int Fill) StaticPartB(AisVoyage v, string vendor = "SIM", int model = 1, int serial = 1) => new SixBitWriter()
        .U(24, 6).U(0, 2).U(v.Mmsi, 30).U(1, 2)
        .U(v.ShipType, 8)
        .Text(vendor, 3).U(model, 4).U(serial, 20)
        .Text(v.CallSign, 7)
        .U(v.Bow, 9).U(v.Stern, 9).U(v.Port, 6).U(v.Starboard, 6)
        .U(0, 4).U(0, 2)
        .Armour();

    private static long Sog(double? knots) => knots is { } k ? Math.Min(1022, (long)Math.Round(k * 10)) : 1023;

    private static long Cog(double? degrees) => degrees is { } d ? (long)Math.Round(d * 10) % 3600 : 3600;

    private static long Lon(double? degrees) => degrees is { } d ? (long)Math.Round(d * 600_000) : 181 * 600_000;

    private static long Lat(double? degrees) => degrees is { } d ? (long)Math.Round(d * 600_000) : 91 * 600_000;
}
