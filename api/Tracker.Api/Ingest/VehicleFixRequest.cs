namespace Tracker.Api.Ingest;

public sealed record VehicleFixRequest(
    string? VehicleId, long? Seq, string? Time, double? Lat, double? Lon, double? SpeedKmh, double? Heading);
