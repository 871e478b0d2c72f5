using Tracker.Domain.Geography;

namespace Tracker.UnitTests.Geography;

public class CircleTests
{
    private static readonly GeoPosition Qingdao = new(36.0671, 120.3826);

    [Fact]
    public void A_circle_contains_points_within_its_radius_and_its_boundary()
    {
        var zone = new Circle(Qingdao, 300);

        Assert.True(zone.Contains(Qingdao));
        Assert.True(zone.Contains(Supervision.Spherical.Destination(Qingdao, 45, 299)));
        Assert.False(zone.Contains(Supervision.Spherical.Destination(Qingdao, 45, 301)));
    }

    [Fact]
    public void A_zero_radius_circle_contains_only_its_centre()
    {
        var zone = new Circle(Qingdao, 0);

        Assert.True(zone.Contains(Qingdao));
        Assert.False(zone.Contains(Supervision.Spherical.Destination(Qingdao, 0, 1)));
    }
}
