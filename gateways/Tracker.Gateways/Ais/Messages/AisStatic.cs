namespace Tracker.Gateways.Ais.Messages;

/// <summary>
/// Static and voyage data: type 5 (all of it), type 19 (name, type, size), type 24 part A (name) or part B
/// (type, vendor, call sign, size or mother ship). A null field is "not available" or not in this message.
/// </summary>
public sealed record AisStatic(
    int Type,
    uint Mmsi,
    AisStaticPart Part,
    string? Imo = null,
    string? CallSign = null,
    string? Name = null,
    int? ShipType = null,
    AisDimensions? Dimensions = null,
    AisEta? Eta = null,
    double? DraughtMetres = null,
    string? Destination = null,
    string? Vendor = null,
    int? Model = null,
    int? Serial = null,
    uint? MotherShipMmsi = null);

public enum AisStaticPart
{
    /// <summary>Type 5 or 19: the message is whole.</summary>
    Whole,

    /// <summary>Type 24 part A: the name.</summary>
    A,

    /// <summary>Type 24 part B: the rest.</summary>
    B,
}

/// <summary>Metres from the reference point to bow, stern, port and starboard.</summary>
public readonly record struct AisDimensions(int Bow, int Stern, int Port, int Starboard)
{
    public int Length => Bow + Stern;

    public int Beam => Port + Starboard;
}

/// <summary>An ETA as sent: month, day, hour and minute in UTC, no year; each null when "not available".</summary>
public readonly record struct AisEta(int? Month, int? Day, int? Hour, int? Minute);
