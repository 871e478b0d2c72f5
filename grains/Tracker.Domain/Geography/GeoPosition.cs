namespace Tracker.Domain.Geography;

/// <summary>A WGS 84 position in decimal degrees.</summary>
/// <remarks>The positional constructor does not validate; use <see cref="TryCreate"/> for untrusted input.</remarks>
public readonly record struct GeoPosition(double Latitude, double Longitude)
{
    /// <summary>IUGG mean Earth radius (R1); the sphere that minimises haversine error on average.</summary>
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    public static bool TryCreate(double lat, double lon, out GeoPosition p, out string? error)
    {
        p = default;
        error = RangeError("latitude", lat, 90) ?? RangeError("longitude", lon, 180);
        if (error is not null)
        {
            return false;
        }

        p = new GeoPosition(lat, lon);
        return true;
    }

    /// <summary>Great-circle distance in metres on a sphere; within about 0.5% of the ellipsoidal distance.</summary>
    public static double DistanceMeters(GeoPosition a, GeoPosition b)
    {
        var lat1 = ToRadians(a.Latitude);
        var lat2 = ToRadians(b.Latitude);
        var sinHalfDLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDLon = Math.Sin(ToRadians(b.Longitude - a.Longitude) / 2);
        var h = sinHalfDLat * sinHalfDLat + Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon;

        // Rounding can push h a hair past 1 for antipodal points, and Asin would then return NaN.
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Clamp(h, 0, 1)));
    }

    private static string? RangeError(string name, double value, int limit)
    {
        if (!double.IsFinite(value))
        {
            return $"{name} must be a finite number";
        }

        return Math.Abs(value) > limit ? $"{name} must be between -{limit} and {limit}" : null;
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
