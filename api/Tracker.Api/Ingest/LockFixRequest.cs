namespace Tracker.Api.Ingest;

/// <summary>A smart-lock report as sent; every field is checked before it reaches a grain.</summary>
public sealed record LockFixRequest(
    string? LockId, long? Seq, string? Time, double? Lat, double? Lon,
    double? SpeedKmh, double? Heading, string? Seal, double? BatteryPct);
