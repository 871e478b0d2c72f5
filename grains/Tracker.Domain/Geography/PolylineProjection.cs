namespace Tracker.Domain.Geography;

/// <summary>Where a position falls relative to a <see cref="Polyline"/>.</summary>
/// <param name="DistanceMeters">Shortest great-circle distance from the position to the line.</param>
/// <param name="AlongMeters">Distance along the line, from its first point, to the line's point nearest the position.</param>
/// <param name="Segment">Index of the segment holding that nearest point (segment i runs from point i to point i + 1).</param>
public readonly record struct PolylineProjection(double DistanceMeters, double AlongMeters, int Segment);
