namespace Tracker.Domain.Geography;

/// <summary>A disc on the Earth's surface: everything within a great-circle radius of a centre.</summary>
public readonly record struct Circle(GeoPosition Center, double RadiusMeters)
{
    /// <summary>The boundary counts as inside, so a zone of radius 0 still contains its own centre.</summary>
    public bool Contains(GeoPosition p) => GeoPosition.DistanceMeters(Center, p) <= RadiusMeters;
}
