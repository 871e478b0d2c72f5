namespace Tracker.Api.Ingest;

public sealed record AisRequest(
    string? Mmsi, string? Time, double? Lat, double? Lon, double? SogKnots, double? CogDegrees, double? Heading,
    int? NavStatus, string? Imo, string? Name, string? Destination, string? Eta, string? CallSign = null);
