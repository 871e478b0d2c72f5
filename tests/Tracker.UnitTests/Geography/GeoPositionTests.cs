using Tracker.Domain.Geography;

namespace Tracker.UnitTests.Geography;

public class GeoPositionTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(51.9225, 4.47917)]
    public void Coordinates_within_bounds_are_accepted(double lat, double lon)
    {
        Assert.True(GeoPosition.TryCreate(lat, lon, out var position, out var error));
        Assert.Null(error);
        Assert.Equal(new GeoPosition(lat, lon), position);
    }

    [Theory]
    [InlineData(90.0001, 0, "latitude must be between -90 and 90")]
    [InlineData(-91, 0, "latitude must be between -90 and 90")]
    [InlineData(0, 180.5, "longitude must be between -180 and 180")]
    [InlineData(0, -181, "longitude must be between -180 and 180")]
    [InlineData(double.NaN, 0, "latitude must be a finite number")]
    [InlineData(0, double.PositiveInfinity, "longitude must be a finite number")]
    public void Out_of_range_or_non_finite_coordinates_are_rejected_naming_the_axis(
        double lat, double lon, string expectedError)
    {
        Assert.False(GeoPosition.TryCreate(lat, lon, out _, out var error));
        Assert.Equal(expectedError, error);
    }

    [Fact]
    public void One_degree_of_latitude_is_about_111_kilometres()
    {
        var distance = GeoPosition.DistanceMeters(new(52, 4), new(53, 4));

        Assert.InRange(distance, 111_200 * 0.995, 111_200 * 1.005);
    }

    [Fact]
    public void Equator_to_pole_is_a_quarter_of_the_mean_circumference()
    {
        var distance = GeoPosition.DistanceMeters(new(0, 0), new(90, 0));

        Assert.Equal(Math.PI / 2 * GeoPosition.MeanEarthRadiusMeters, distance, 1e-3);
    }

    [Fact]
    public void Antipodal_points_are_half_the_circumference_apart_not_nan()
    {
        var distance = GeoPosition.DistanceMeters(new(10, 20), new(-10, -160));

        // Haversine is ill-conditioned near the antipode, so allow a metre out of 20,000 km.
        Assert.Equal(Math.PI * GeoPosition.MeanEarthRadiusMeters, distance, 1.0);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        var rotterdam = new GeoPosition(51.9225, 4.47917);
        var hamburg = new GeoPosition(53.5511, 9.9937);

        Assert.Equal(0, GeoPosition.DistanceMeters(rotterdam, rotterdam));
        Assert.Equal(
            GeoPosition.DistanceMeters(rotterdam, hamburg), GeoPosition.DistanceMeters(hamburg, rotterdam), 1e-6);
    }

    [Fact]
    public void Crossing_the_antimeridian_takes_the_short_way()
    {
        var distance = GeoPosition.DistanceMeters(new(0, 179.5), new(0, -179.5));

        Assert.InRange(distance, 111_000, 111_400);
    }
}
