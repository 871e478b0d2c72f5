using Tracker.Domain.Geography;

namespace Tracker.UnitTests.Geography;

public class PolylineTests
{
    private const double R = GeoPosition.MeanEarthRadiusMeters;

    private static double Rad(double degrees) => degrees * Math.PI / 180;

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.01)]
    [InlineData(-0.2)]
    [InlineData(2.5)]
    public void Distance_to_an_equator_segment_is_the_latitude_arc(double latitude)
    {
        var line = new Polyline([new(0, 10), new(0, 14)]);

        var distance = line.DistanceMeters(new GeoPosition(latitude, 12.3));

        // A meridian crosses the equator at right angles, so the nearest point is straight south or north.
        Assert.Equal(R * Rad(Math.Abs(latitude)), distance, R * Rad(Math.Abs(latitude)) * 1e-9);
    }

    [Theory]
    [InlineData(36.5, 0.001)]
    [InlineData(36.5, 0.05)]
    [InlineData(36.2, -1.5)]
    [InlineData(60, 3)]
    public void Distance_to_a_meridian_segment_is_the_analytic_cross_track(double latitude, double lonOffset)
    {
        var line = new Polyline([new(30, 120), new(70, 120)]);

        var distance = line.DistanceMeters(new GeoPosition(latitude, 120 + lonOffset));

        // The meridian's plane holds the Earth's axis: sin(cross-track) = cos(latitude) * sin(longitude difference).
        var expected = R * Math.Asin(Math.Cos(Rad(latitude)) * Math.Sin(Rad(Math.Abs(lonOffset))));
        Assert.Equal(expected, distance, expected * 1e-9);
    }

    [Fact]
    public void Distance_to_a_long_diagonal_segment_matches_brute_force_sampling_with_haversine()
    {
        // Qingdao to Xuzhou, about 350 km, oblique to both meridians and parallels.
        var from = new GeoPosition(36.07, 120.38);
        var to = new GeoPosition(34.26, 117.18);
        var line = new Polyline([from, to]);
        var probes = new GeoPosition[]
        {
            new(35.50, 119.40), // ~1-20 km off, one side
            new(35.00, 118.90), // the other side
            new(34.90, 117.20), // near the far end
            new(35.20, 118.20),
            new(36.90, 118.00), // ~100 km off
            new(33.80, 116.50), // beyond the far end: nearest is the end point
            new(36.30, 121.00), // before the start
        };

        foreach (var probe in probes)
        {
            var expected = BruteForceDistance(from, to, probe);
            var actual = line.DistanceMeters(probe);

            Assert.True(
                Math.Abs(actual - expected) <= expected * 1e-4 + 0.5,
                $"{probe}: polyline says {actual:F1} m, sampling {expected:F1} m");
        }
    }

    [Fact]
    public void Beyond_a_segment_end_the_distance_is_to_the_end_point()
    {
        var a = new GeoPosition(36.0, 120.0);
        var b = new GeoPosition(36.1, 120.1);
        var beyond = new GeoPosition(36.2, 120.25);
        var before = new GeoPosition(35.95, 119.9);
        var line = new Polyline([a, b]);

        Assert.Equal(GeoPosition.DistanceMeters(b, beyond), line.DistanceMeters(beyond), 1e-3);
        Assert.Equal(GeoPosition.DistanceMeters(a, before), line.DistanceMeters(before), 1e-3);
        Assert.Equal(line.LengthMeters, line.AlongMeters(beyond), 1e-3);
        Assert.Equal(0, line.AlongMeters(before), 1e-3);
    }

    [Fact]
    public void A_multi_segment_line_takes_the_nearest_segment_and_adds_the_length_before_it()
    {
        // East along the equator for one degree, then north along the meridian 1°E for one degree.
        var line = new Polyline([new(0, 0), new(0, 1), new(1, 1)]);
        var probe = new GeoPosition(0.5, 1.01);

        var projection = line.Project(probe);

        var expectedDistance = R * Math.Asin(Math.Cos(Rad(0.5)) * Math.Sin(Rad(0.01)));
        Assert.Equal(expectedDistance, projection.DistanceMeters, 0.01);
        Assert.Equal(1, projection.Segment);
        Assert.Equal(R * Rad(1) + R * Rad(0.5), projection.AlongMeters, 1.0);
        Assert.Equal(2 * R * Rad(1), line.LengthMeters, 1e-6);
    }

    [Fact]
    public void Along_grows_from_zero_at_the_start_to_the_length_at_the_end()
    {
        var line = new Polyline([new(36.0, 120.0), new(36.1, 120.05), new(36.2, 119.95)]);

        var samples = Enumerable.Range(0, 21).Select(i => line.AlongMeters(Interpolate(line, i / 20.0))).ToList();

        Assert.Equal(0, samples[0], 1e-6);
        Assert.Equal(line.LengthMeters, samples[^1], 1e-3);
        Assert.True(samples.Zip(samples.Skip(1)).All(p => p.Second > p.First), "progress must increase along the line");
    }

    [Fact]
    public void A_point_on_the_line_or_at_a_vertex_is_at_distance_zero()
    {
        var line = new Polyline([new(36.0, 120.0), new(36.1, 120.05), new(36.2, 119.95)]);

        Assert.Equal(0, line.DistanceMeters(new(36.1, 120.05)), 1e-6);
        Assert.Equal(0, line.DistanceMeters(new(36.0, 120.0)), 1e-6);
        Assert.True(line.DistanceMeters(Interpolate(line, 0.3)) < 0.01);
    }

    [Fact]
    public void Repeated_points_are_tolerated()
    {
        var line = new Polyline([new(36.0, 120.0), new(36.0, 120.0), new(36.1, 120.0), new(36.1, 120.0)]);

        Assert.Equal(R * Rad(0.05), line.DistanceMeters(new(35.95, 120.0)), 0.01);
        Assert.Equal(R * Math.Asin(Math.Cos(Rad(36.05)) * Math.Sin(Rad(0.01))), line.DistanceMeters(new(36.05, 120.01)), 0.01);
    }

    [Fact]
    public void A_segment_across_the_antimeridian_takes_the_short_way()
    {
        var line = new Polyline([new(0, 179.5), new(0, -179.5)]);

        Assert.Equal(R * Rad(0.01), line.DistanceMeters(new(0.01, 180)), 1e-3);
        Assert.Equal(R * Rad(1), line.LengthMeters, 1e-3);
    }

    [Fact]
    public void A_polyline_needs_two_points()
    {
        Assert.Throws<ArgumentException>(() => new Polyline([new(36, 120)]));
        Assert.Throws<ArgumentException>(() => new Polyline([]));
    }

    /// <summary>The minimum haversine distance over the segment sampled every couple of metres.</summary>
    private static double BruteForceDistance(GeoPosition from, GeoPosition to, GeoPosition probe)
    {
        const int samples = 200_000;
        var best = double.PositiveInfinity;
        for (var i = 0; i <= samples; i++)
        {
            best = Math.Min(best, GeoPosition.DistanceMeters(Supervision.Spherical.Intermediate(from, to, (double)i / samples), probe));
        }

        return best;
    }

    private static GeoPosition Interpolate(Polyline line, double fraction)
    {
        var target = line.LengthMeters * fraction;
        var points = line.Points;
        for (var i = 0; i < points.Count - 1; i++)
        {
            var length = GeoPosition.DistanceMeters(points[i], points[i + 1]);
            if (target <= length || i == points.Count - 2)
            {
                return Supervision.Spherical.Intermediate(points[i], points[i + 1], Math.Min(1, target / length));
            }

            target -= length;
        }

        return points[^1];
    }
}
