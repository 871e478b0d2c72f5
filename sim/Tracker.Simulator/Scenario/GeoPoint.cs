namespace Tracker.Simulator.Scenario;

/// <summary>A WGS 84 position in decimal degrees, longitude first as in GeoJSON.</summary>
public sealed record GeoPoint(double Lon, double Lat);
