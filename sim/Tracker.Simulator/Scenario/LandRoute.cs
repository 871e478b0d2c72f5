namespace Tracker.Simulator.Scenario;

/// <summary>
/// An approved point-to-point transit route: the corridor (path and buffer) a supervised vehicle must keep to,
/// the zones where locks are applied, removed or may rest, and the customs offices at either end.
/// </summary>
/// <param name="NameZh">The route's Chinese name, for the bilingual map.</param>
/// <param name="Mode">ROAD or RAIL.</param>
public sealed record LandRoute(
    string Id,
    string Name,
    string NameZh,
    string Mode,
    Place Origin,
    Place Destination,
    IReadOnlyList<GeoPoint> Path,
    double BufferMeters,
    IReadOnlyList<ZoneSpec> Zones,
    string DepartureOffice,
    string DestinationOffice,
    double SpeedKmh);
