namespace Tracker.Domain.Geography;

/// <summary>A line of great-circle segments through two or more positions, such as a transit corridor's centre line.</summary>
/// <remarks>
/// Distances are exact on the sphere of <see cref="GeoPosition.MeanEarthRadiusMeters"/>: per segment, the
/// cross-track distance to its great circle when the foot of the perpendicular falls between the segment's ends,
/// and the distance to the nearer end otherwise. That keeps the answer consistent with
/// <see cref="GeoPosition.DistanceMeters"/> at every scale, where a flat projection drifts by percents over a few
/// hundred kilometres.
/// </remarks>
public sealed class Polyline
{
    private readonly GeoPosition[] _points;
    private readonly Segment[] _segments;

    public Polyline(IReadOnlyList<GeoPosition> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException("a polyline needs at least two points", nameof(points));
        }

        _points = [.. points];
        _segments = new Segment[_points.Length - 1];
        var along = 0.0;
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i] = Segment.Between(_points[i], _points[i + 1], along);
            along += _segments[i].LengthMeters;
        }

        LengthMeters = along;
    }

    public IReadOnlyList<GeoPosition> Points => _points;

    public double LengthMeters { get; }

    /// <summary>Shortest distance in metres from <paramref name="p"/> to any point of the line.</summary>
    public double DistanceMeters(GeoPosition p) => Project(p).DistanceMeters;

    /// <summary>Distance in metres along the line from its start to the point of the line nearest <paramref name="p"/>.</summary>
    public double AlongMeters(GeoPosition p) => Project(p).AlongMeters;

    /// <summary>Both the distance to the line and the progress along it, for the price of one pass over the segments.</summary>
    /// <remarks>Of equally near segments the first wins, so progress is reported at the earliest matching place.</remarks>
    public PolylineProjection Project(GeoPosition p)
    {
        var v = EarthVector.From(p);
        var best = new PolylineProjection(double.PositiveInfinity, 0, 0);
        for (var i = 0; i < _segments.Length; i++)
        {
            var (angle, alongAngle) = _segments[i].Nearest(v);
            var distance = angle * GeoPosition.MeanEarthRadiusMeters;
            if (distance < best.DistanceMeters)
            {
                best = new PolylineProjection(
                    distance, _segments[i].StartAlongMeters + alongAngle * GeoPosition.MeanEarthRadiusMeters, i);
            }
        }

        return best;
    }

    private readonly record struct Segment(
        EarthVector A, EarthVector B, EarthVector Normal, double Angle, bool Degenerate, double StartAlongMeters)
    {
        public double LengthMeters => Angle * GeoPosition.MeanEarthRadiusMeters;

        public static Segment Between(GeoPosition from, GeoPosition to, double startAlong)
        {
            var a = EarthVector.From(from);
            var b = EarthVector.From(to);
            var normal = a.Cross(b);

            // Repeated points (or ones a millimetre apart) span no great circle; they act as a single point.
            var degenerate = normal.Length < 1e-12;
            return new Segment(a, b, degenerate ? default : normal.Normalized(), a.AngleTo(b), degenerate, startAlong);
        }

        /// <summary>Angular distance from <paramref name="p"/> to the segment, and the angle from A to the nearest point.</summary>
        public (double Angle, double AlongAngle) Nearest(EarthVector p)
        {
            if (Degenerate)
            {
                return (p.AngleTo(A), 0);
            }

            // The foot of the perpendicular from p onto the segment's great circle.
            var sinCrossTrack = p.Dot(Normal);
            var foot = p.Minus(Normal.Scale(sinCrossTrack));

            // A foot of length ~0 means p is a pole of the great circle: every point of it is equally far, so an end will do.
            // Otherwise the foot lies on the segment when it is on the A side of B and the B side of A.
            if (foot.Length > 1e-12 && A.Cross(foot).Dot(Normal) >= 0 && foot.Cross(B).Dot(Normal) >= 0)
            {
                // |foot| is the cosine of the cross-track angle; atan2 keeps it exact from millimetres to a quarter circle.
                return (Math.Atan2(Math.Abs(sinCrossTrack), foot.Length), A.AngleTo(foot));
            }

            var toA = p.AngleTo(A);
            var toB = p.AngleTo(B);
            return toA <= toB ? (toA, 0) : (toB, Angle);
        }
    }
}
