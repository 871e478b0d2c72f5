namespace Tracker.Simulator.Scenario;

/// <summary>A designated circle on a land route; <paramref name="Kind"/> is SEAL, UNSEAL or REST.</summary>
public sealed record ZoneSpec(string Id, string Kind, GeoPoint Center, double RadiusMeters);
