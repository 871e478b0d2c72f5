namespace Tracker.Domain.Geography;

/// <summary>A position as a vector from the Earth's centre (unit length for points on the sphere).</summary>
/// <remarks>
/// Vector algebra avoids the singularities of latitude/longitude formulas near the poles and the antimeridian,
/// and angles taken with atan2 of cross and dot products stay accurate down to millimetres, where acos of a dot
/// product would lose most of its digits.
/// </remarks>
internal readonly record struct EarthVector(double X, double Y, double Z)
{
    public double Length => Math.Sqrt(Dot(this));

    public static EarthVector From(GeoPosition p)
    {
        var lat = p.Latitude * Math.PI / 180;
        var lon = p.Longitude * Math.PI / 180;
        var cosLat = Math.Cos(lat);
        return new EarthVector(cosLat * Math.Cos(lon), cosLat * Math.Sin(lon), Math.Sin(lat));
    }

    public double Dot(EarthVector o) => X * o.X + Y * o.Y + Z * o.Z;

    public EarthVector Cross(EarthVector o) => new(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X);

    public EarthVector Scale(double k) => new(X * k, Y * k, Z * k);

    public EarthVector Minus(EarthVector o) => new(X - o.X, Y - o.Y, Z - o.Z);

    public EarthVector Normalized()
    {
        var length = Length;
        return new EarthVector(X / length, Y / length, Z / length);
    }

    /// <summary>The angle in radians between two directions; exact at both tiny and near-antipodal angles.</summary>
    public double AngleTo(EarthVector o) => Math.Atan2(Cross(o).Length, Dot(o));
}
