using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>Feeder lanes join the hub to the smaller ports, berth to berth, and stay at sea.</summary>
public sealed class SeaLaneTests
{
    private static readonly ScenarioData Scenario = ScenarioData.Load();

    public static TheoryData<string> LaneIds => [.. Scenario.SeaLanes.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(LaneIds))]
    public void Starts_and_ends_within_5_km_of_its_ports(string id)
    {
        var lane = Scenario.SeaLanes.Single(l => l.Id == id);
        Assert.True(lane.Waypoints.Count >= 2);
        Assert.True(Geo.Meters(lane.Waypoints[0], Scenario.Port(lane.From).Position) <= 5_000, $"{id} starts away from {lane.From}");
        Assert.True(Geo.Meters(lane.Waypoints[^1], Scenario.Port(lane.To).Position) <= 5_000, $"{id} ends away from {lane.To}");
    }

    [Theory]
    [MemberData(nameof(LaneIds))]
    public void No_leg_crosses_land(string id)
    {
        var lane = Scenario.SeaLanes.Single(l => l.Id == id);
        foreach (var (from, to) in Geo.Legs(lane.Waypoints))
        {
            Assert.True(CoarseLand.Crossed(from, to) is null, $"{id}: leg {from} -> {to} crosses the {CoarseLand.Crossed(from, to)}");

            // Legs no longer than 40 km keep the straight lines between waypoints clear of headlands.
            Assert.True(Geo.Meters(from, to) <= 40_500, $"{id}: leg {from} -> {to} is {Geo.Meters(from, to) / 1000:F0} km");
        }
    }

    [Fact]
    public void The_land_test_catches_a_lane_cut_across_the_peninsula()
    {
        var qingdao = Scenario.Port("CNTAO").Position;
        Assert.Equal("Shandong peninsula", CoarseLand.Crossed(qingdao, Scenario.Port("CNYNT").Position));
        Assert.Equal("Shandong peninsula", CoarseLand.Crossed(qingdao, Scenario.Port("CNWEI").Position));
        Assert.Equal("Shandong peninsula", CoarseLand.Crossed(Scenario.Port("CNSHD").Position, Scenario.Port("CNWEI").Position));
        Assert.Equal("Jiangsu coast", CoarseLand.Crossed(Scenario.Port("CNLYG").Position, new GeoPoint(121.0, 32.0)));
    }

    [Theory]
    [InlineData("CNDLC")]
    [InlineData("CNYNT")]
    [InlineData("CNWEI")]
    public void Lanes_to_the_north_coast_round_Chengshan_cape(string port)
    {
        foreach (var lane in new[] { Scenario.Lane("CNTAO", port), Scenario.Lane(port, "CNTAO") })
        {
            Assert.True(lane.Waypoints.Max(p => p.Lon) > 122.7, $"{lane.Id} never gets east of Chengshan cape");

            // North of Shidao's latitude and east of Rushan, a waypoint is either off the east coast or off the north coast.
            foreach (var p in lane.Waypoints.Where(p => p.Lon > 121.5 && p.Lat > 36.95 && p.Lat < 37.45))
            {
                Assert.True(p.Lon > 122.55, $"{lane.Id}: {p} is on the wrong side of the peninsula");
            }
        }
    }

    [Fact]
    public void The_hub_has_return_lanes_to_at_least_six_ports()
    {
        var hub = Scenario.Ports.Single(p => p.IsHub).UnLocode;
        var served = Scenario.SeaLanes.Where(l => l.From == hub).Select(l => l.To)
            .Where(to => Scenario.SeaLanes.Any(l => l.From == to && l.To == hub))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(served.Count >= 6, $"the hub has return lanes to {string.Join(", ", served)}");
        Assert.All(Scenario.SeaLanes, l => Assert.True(l.From == hub || l.To == hub, $"{l.Id} does not touch the hub"));
    }

    [Theory]
    [InlineData("CNRZH", 100, 160)]
    [InlineData("CNLYG", 160, 230)]
    [InlineData("CNSHD", 220, 300)]
    [InlineData("CNWEI", 330, 430)]
    [InlineData("CNYNT", 400, 500)]
    [InlineData("CNDLC", 460, 580)]
    [InlineData("CNSHA", 600, 780)]
    [InlineData("CNNGB", 680, 880)]
    public void Lane_lengths_match_the_sea_distances(string port, double minKm, double maxKm)
    {
        foreach (var lane in new[] { Scenario.Lane("CNTAO", port), Scenario.Lane(port, "CNTAO") })
        {
            var km = Geo.Line(lane.Waypoints).LengthMeters / 1000;
            Assert.InRange(km, minKm, maxKm);
        }
    }
}
