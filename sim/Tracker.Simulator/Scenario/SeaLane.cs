namespace Tracker.Simulator.Scenario;

/// <summary>
/// A feeder's track from one port's berth to another's, with waypoints close enough that the straight legs
/// between them stay at sea. <paramref name="From"/> and <paramref name="To"/> are UN/LOCODEs.
/// </summary>
public sealed record SeaLane(string Id, string From, string To, IReadOnlyList<GeoPoint> Waypoints);
