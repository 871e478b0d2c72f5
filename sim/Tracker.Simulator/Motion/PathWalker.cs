using Tracker.Domain.Geography;
using Tracker.Simulator.Scenario;

namespace Tracker.Simulator.Motion;

/// <summary>Where a vehicle is after travelling some distance along a path, and where it heads.</summary>
public sealed class PathWalker
{
    private const double MetersPerDegreeLat = 111_320;
    private readonly IReadOnlyList<GeoPoint> _points;
    private readonly double[] _cumulative;

    public PathWalker(IReadOnlyList<GeoPoint> points)
    {
        _points = points;
        _cumulative = new double[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            _cumulative[i] = _cumulative[i - 1] + GeoPosition.DistanceMeters(ToPosition(points[i - 1]), ToPosition(points[i]));
        }
    }

    public double Length => _cumulative[^1];

    /// <summary>The point <paramref name="meters"/> along the path, moved <paramref name="leftMeters"/> to its left.</summary>
    public (double Lat, double Lon, double Heading) At(double meters, double leftMeters = 0)
    {
        meters = Math.Clamp(meters, 0, Length);
        var i = Math.Max(1, Array.FindIndex(_cumulative, c => c >= meters));
        var (a, b) = (_points[i - 1], _points[i]);
        var span = _cumulative[i] - _cumulative[i - 1];
        var f = span <= 0 ? 0 : (meters - _cumulative[i - 1]) / span;
        var lat = a.Lat + ((b.Lat - a.Lat) * f);
        var lon = a.Lon + ((b.Lon - a.Lon) * f);

        // Heading and a sideways offset on a local flat projection: exact enough within a few km.
        var east = (b.Lon - a.Lon) * MetersPerDegreeLat * Math.Cos(lat * Math.PI / 180);
        var north = (b.Lat - a.Lat) * MetersPerDegreeLat;
        var heading = (Math.Atan2(east, north) * 180 / Math.PI + 360) % 360;
        var norm = Math.Max(1e-9, Math.Sqrt((east * east) + (north * north)));
        lat += leftMeters * (east / norm) / MetersPerDegreeLat;
        lon += leftMeters * (-north / norm) / (MetersPerDegreeLat * Math.Cos(lat * Math.PI / 180));
        return (lat, lon, heading);
    }

    public static GeoPosition ToPosition(GeoPoint p) => new(p.Lat, p.Lon);
}
