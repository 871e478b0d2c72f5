namespace Tracker.Simulator.Protocols.Jt808;

/// <summary>
/// What a terminal reports in a 0x0200 body. <paramref name="Sealed"/> adds a 0x63 lock item (one lock, sealed
/// or not); <paramref name="BatteryPct"/> a 0xE3 item; <paramref name="Alarm"/> and <paramref name="Status"/>
/// are ORed into the computed bits (fix valid, south, west).
/// </summary>
public sealed record Jt808Position(
    DateTimeOffset Time,
    double Lat,
    double Lon,
    double SpeedKmh = 0,
    int Heading = 0,
    int Altitude = 0,
    bool? Sealed = null,
    int? BatteryPct = null,
    uint? MileageTenthsKm = null,
    byte? Satellites = null,
    uint Alarm = 0,
    uint Status = 0);
