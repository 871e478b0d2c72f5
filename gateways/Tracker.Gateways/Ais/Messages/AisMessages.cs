using Tracker.Domain.Identifiers;
using Tracker.Gateways.Ais.Payload;
using Tracker.Gateways.Ais.Sentences;

namespace Tracker.Gateways.Ais.Messages;

/// <summary>
/// The bit layouts of the message types the tracker uses (1, 2, 3, 5, 18, 19, 24), after GPSD's AIVDM notes.
/// "Not available" codes become null; a message too short for its fixed fields is <see cref="NmeaDrop.Payload"/>.
/// </summary>
public static class AisMessages
{
    private const double TenThousandthMinutesPerDegree = 600_000;
    private const int LonLimit = 180 * 600_000;
    private const int LatLimit = 90 * 600_000;

    public static NmeaDrop Decode(AisBits bits, out AisPosition? position, out AisStatic? statics)
    {
        position = null;
        statics = null;
        if (bits.Length < 38)
        {
            return NmeaDrop.Payload;
        }

        var type = (int)bits.U(0, 6);
        var mmsi = bits.U(8, 30);
        switch (type)
        {
            case 1 or 2 or 3:
                if (!bits.Has(0, 137))
                {
                    return NmeaDrop.Payload;
                }

                position = ClassA(bits, type, mmsi);
                return NmeaDrop.None;
            case 18:
                if (!bits.Has(0, 133))
                {
                    return NmeaDrop.Payload;
                }

                position = ClassB(bits, type, mmsi);
                return NmeaDrop.None;
            case 19:
                if (!bits.Has(0, 133))
                {
                    return NmeaDrop.Payload;
                }

                position = ClassB(bits, type, mmsi) with { ClassBUnit = AisClassBUnit.None, Raim = bits.Has(305, 1) && bits.Flag(305), RadioStatus = 0 };
                statics = new AisStatic(type, mmsi, AisStaticPart.Whole,
                    Name: bits.Text(143, 20), ShipType: ShipType(bits, 263), Dimensions: Dimensions(bits, 271));
                return NmeaDrop.None;
            case 5:
                // Real type 5 messages are sometimes 420 or 422 bits: whatever of the destination is there is kept.
                if (!bits.Has(0, 232))
                {
                    return NmeaDrop.Payload;
                }

                statics = new AisStatic(type, mmsi, AisStaticPart.Whole,
                    Imo: Imo(bits.U(40, 30)),
                    CallSign: bits.Text(70, 7),
                    Name: bits.Text(112, 20),
                    ShipType: ShipType(bits, 232),
                    Dimensions: Dimensions(bits, 240),
                    Eta: bits.Has(274, 20) ? Eta(bits) : null,
                    DraughtMetres: bits.Has(294, 8) && bits.U(294, 8) is > 0 and var draught ? draught / 10.0 : null,
                    Destination: bits.Text(302, 20));
                return NmeaDrop.None;
            case 24:
                return StaticDataReport(bits, mmsi, out statics);
            default:
                return NmeaDrop.Unsupported;
        }
    }

    private static AisPosition ClassA(AisBits bits, int type, uint mmsi)
    {
        var rot = bits.S(42, 8);
        return new AisPosition(
            type,
            mmsi,
            bits.U(38, 4) is var status and < 15 ? (int)status : null,
            rot == -128 ? null : rot,
            Sog(bits.U(50, 10)),
            bits.Flag(60),
            Lon(bits.S(61, 28)),
            Lat(bits.S(89, 27)),
            Cog(bits.U(116, 12)),
            Heading(bits.U(128, 9)),
            bits.Has(137, 6) ? Second(bits.U(137, 6)) : null,
            bits.Has(148, 1) && bits.Flag(148),
            bits.Has(149, 19) ? bits.U(149, 19) : 0,
            AisClassBUnit.None);
    }

    private static AisPosition ClassB(AisBits bits, int type, uint mmsi)
    {
        var flags = AisClassBUnit.None;
        if (bits.Has(141, 7))
        {
            // Bits 141..146, first bit most significant: the enum's values are laid out to match.
            flags = (AisClassBUnit)bits.U(141, 6);
        }

        return new AisPosition(
            type,
            mmsi,
            null,
            null,
            Sog(bits.U(46, 10)),
            bits.Flag(56),
            Lon(bits.S(57, 28)),
            Lat(bits.S(85, 27)),
            Cog(bits.U(112, 12)),
            Heading(bits.U(124, 9)),
            bits.Has(133, 6) ? Second(bits.U(133, 6)) : null,
            bits.Has(147, 1) && bits.Flag(147),
            bits.Has(148, 20) ? bits.U(148, 20) : 0,
            flags);
    }

    private static NmeaDrop StaticDataReport(AisBits bits, uint mmsi, out AisStatic? statics)
    {
        statics = null;
        if (!bits.Has(0, 40))
        {
            return NmeaDrop.Payload;
        }

        switch (bits.U(38, 2))
        {
            case 0:
                // Part A is often 160 bits rather than 168: the name is read as far as it goes.
                statics = new AisStatic(24, mmsi, AisStaticPart.A, Name: bits.Text(40, 20));
                return NmeaDrop.None;
            case 1:
                // An auxiliary craft (MMSI 98XXXYYYY) sends its mother ship's MMSI where others send their size.
                var auxiliary = mmsi / 10_000_000 == 98;
                statics = new AisStatic(24, mmsi, AisStaticPart.B,
                    ShipType: ShipType(bits, 40),
                    Vendor: bits.Text(48, 3),
                    Model: bits.Has(66, 4) ? (int)bits.U(66, 4) : null,
                    Serial: bits.Has(70, 20) ? (int)bits.U(70, 20) : null,
                    CallSign: bits.Text(90, 7),
                    Dimensions: auxiliary ? null : Dimensions(bits, 132),
                    MotherShipMmsi: auxiliary && bits.Has(132, 30) ? bits.U(132, 30) : null);
                return NmeaDrop.None;
            default:
                return NmeaDrop.Payload;
        }
    }

    private static double? Sog(uint raw) => raw == 1023 ? null : raw / 10.0;

    /// <summary>181° is "not available"; anything else past 180° is no position either.</summary>
    private static double? Lon(int raw) => Math.Abs(raw) > LonLimit ? null : raw / TenThousandthMinutesPerDegree;

    /// <summary>91° is "not available"; anything else past 90° is no position either.</summary>
    private static double? Lat(int raw) => Math.Abs(raw) > LatLimit ? null : raw / TenThousandthMinutesPerDegree;

    private static double? Cog(uint raw) => raw >= 3600 ? null : raw / 10.0;

    private static int? Heading(uint raw) => raw >= 360 ? null : (int)raw;

    private static int? Second(uint raw) => raw >= 60 ? null : (int)raw;

    /// <summary>0 is "not available"; values over 99 are undefined and read as 0 too.</summary>
    private static int? ShipType(AisBits bits, int start) => bits.Has(start, 8) && bits.U(start, 8) is > 0 and <= 99 and var type ? (int)type : null;

    private static AisDimensions? Dimensions(AisBits bits, int start)
    {
        if (!bits.Has(start, 30))
        {
            return null;
        }

        var d = new AisDimensions((int)bits.U(start, 9), (int)bits.U(start + 9, 9), (int)bits.U(start + 18, 6), (int)bits.U(start + 24, 6));
        return d == default ? null : d;
    }

    private static AisEta Eta(AisBits bits)
    {
        var month = bits.U(274, 4);
        var day = bits.U(278, 5);
        var hour = bits.U(283, 5);
        var minute = bits.U(288, 6);
        return new AisEta(
            month is >= 1 and <= 12 ? (int)month : null,
            day >= 1 ? (int)day : null,
            hour < 24 ? (int)hour : null,
            minute < 60 ? (int)minute : null);
    }

    /// <summary>0 is "not available"; a number failing the IMO check digit is noise, not an identity.</summary>
    private static string? Imo(uint raw) =>
        raw is > 0 and <= 9_999_999 && ImoNumber.TryParse(raw.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), out var imo) ? imo.Value : null;
}
