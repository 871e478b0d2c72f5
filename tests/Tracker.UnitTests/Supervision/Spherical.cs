using Tracker.Domain.Geography;

namespace Tracker.UnitTests.Supervision;

/// <summary>Textbook spherical formulas (Movable Type's) to build test tracks independently of the code under test.</summary>
internal static class Spherical
{
    private const double R = GeoPosition.MeanEarthRadiusMeters;

    public static double Bearing(GeoPosition from, GeoPosition to)
    {
        var phi1 = Rad(from.Latitude);
        var phi2 = Rad(to.Latitude);
        var dLambda = Rad(to.Longitude - from.Longitude);
        var y = Math.Sin(dLambda) * Math.Cos(phi2);
        var x = Math.Cos(phi1) * Math.Sin(phi2) - Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(dLambda);
        return Deg(Math.Atan2(y, x));
    }

    public static GeoPosition Destination(GeoPosition from, double bearingDegrees, double meters)
    {
        var delta = meters / R;
        var theta = Rad(bearingDegrees);
        var phi1 = Rad(from.Latitude);
        var lambda1 = Rad(from.Longitude);
        var phi2 = Math.Asin(Math.Sin(phi1) * Math.Cos(delta) + Math.Cos(phi1) * Math.Sin(delta) * Math.Cos(theta));
        var lambda2 = lambda1 + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi1), Math.Cos(delta) - Math.Sin(phi1) * Math.Sin(phi2));
        var lon = (Deg(lambda2) + 540) % 360 - 180;
        return new GeoPosition(Deg(phi2), lon);
    }

    /// <summary>The point a fraction of the way along the great circle from one point to another.</summary>
    public static GeoPosition Intermediate(GeoPosition from, GeoPosition to, double fraction)
    {
        var phi1 = Rad(from.Latitude);
        var lambda1 = Rad(from.Longitude);
        var phi2 = Rad(to.Latitude);
        var lambda2 = Rad(to.Longitude);
        var delta = GeoPosition.DistanceMeters(from, to) / R;
        if (delta == 0)
        {
            return from;
        }

        var a = Math.Sin((1 - fraction) * delta) / Math.Sin(delta);
        var b = Math.Sin(fraction * delta) / Math.Sin(delta);
        var x = a * Math.Cos(phi1) * Math.Cos(lambda1) + b * Math.Cos(phi2) * Math.Cos(lambda2);
        var y = a * Math.Cos(phi1) * Math.Sin(lambda1) + b * Math.Cos(phi2) * Math.Sin(lambda2);
        var z = a * Math.Sin(phi1) + b * Math.Sin(phi2);
        return new GeoPosition(Deg(Math.Atan2(z, Math.Sqrt(x * x + y * y))), Deg(Math.Atan2(y, x)));
    }

    private static double Rad(double degrees) => degrees * Math.PI / 180;

    private static double Deg(double radians) => radians * 180 / Math.PI;
}
