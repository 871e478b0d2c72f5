namespace Tracker.Gateways.Ais.Messages;

/// <summary>
/// A position report (types 1, 2, 3 class A; 18 and 19 class B). Every field the message marks "not available"
/// is null; a position is usable only when both <see cref="Lat"/> and <see cref="Lon"/> are present.
/// </summary>
public readonly record struct AisPosition(
    int Type,
    uint Mmsi,
    int? NavStatus,
    int? RateOfTurnRaw,
    double? SogKnots,
    bool Accurate,
    double? Lon,
    double? Lat,
    double? CogDegrees,
    int? Heading,
    int? Second,
    bool Raim,
    uint RadioStatus,
    AisClassBUnit ClassBUnit)
{
    public bool HasPosition => Lat is not null && Lon is not null;
}

/// <summary>The class B unit flags of a type 18 report (bits 141–147).</summary>
[Flags]
public enum AisClassBUnit
{
    None = 0,
    Assigned = 1,
    Message22 = 2,
    Band = 4,
    Dsc = 8,
    Display = 16,
    CarrierSense = 32,
}
