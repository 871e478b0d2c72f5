using Tracker.Domain.Geography;
using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>Scenario points measured with the domain's own geography, so tests and supervision agree on distances.</summary>
internal static class Geo
{
    public static GeoPosition At(GeoPoint p) => new(p.Lat, p.Lon);

    public static double Meters(GeoPoint a, GeoPoint b) => GeoPosition.DistanceMeters(At(a), At(b));

    public static Polyline Line(IReadOnlyList<GeoPoint> points) => new([.. points.Select(At)]);

    public static IEnumerable<(GeoPoint From, GeoPoint To)> Legs(IReadOnlyList<GeoPoint> points) =>
        points.Zip(points.Skip(1), (a, b) => (a, b));
}
