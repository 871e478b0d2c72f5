namespace Tracker.Bench.Load;

/// <summary>One ship of the AIS fleet: its identities and a straight course at constant speed from <see cref="Start"/>.</summary>
public sealed record Vessel(string Mmsi, string Imo, string Name, (double Lon, double Lat) Start, double CourseDegrees, double SpeedKnots);
