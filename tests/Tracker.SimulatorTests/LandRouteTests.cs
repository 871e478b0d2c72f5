using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>Road and rail transit routes: corridors between real facilities, with their zones where the flows need them.</summary>
public sealed class LandRouteTests
{
    private static readonly ScenarioData Scenario = ScenarioData.Load();

    private static IEnumerable<LandRoute> Routes => Scenario.Roads.Concat(Scenario.Railways);

    public static TheoryData<string> RouteIds => [.. Routes.Select(r => r.Id)];

    private static LandRoute Route(string id) => Routes.Single(r => r.Id == id);

    [Theory]
    [MemberData(nameof(RouteIds))]
    public void Seals_at_the_start_unseals_at_the_end_and_rests_on_the_way(string id)
    {
        var route = Route(id);
        var path = Geo.Line(route.Path);
        Assert.Single(route.Zones, z => z.Kind == "SEAL");
        Assert.Single(route.Zones, z => z.Kind == "UNSEAL");
        foreach (var zone in route.Zones)
        {
            Assert.InRange(zone.RadiusMeters, 100, 1_000);
            var within = zone.Kind switch
            {
                "SEAL" => Geo.Meters(zone.Center, route.Path[0]),
                "UNSEAL" => Geo.Meters(zone.Center, route.Path[^1]),
                "REST" => path.DistanceMeters(Geo.At(zone.Center)),
                _ => throw new Xunit.Sdk.XunitException($"{zone.Id} has unknown kind {zone.Kind}"),
            };
            Assert.True(within <= route.BufferMeters, $"{zone.Id} is {within:F0} m from where it belongs");
        }

        // A rest area in the middle third, clear of both ends' zones.
        foreach (var rest in route.Zones.Where(z => z.Kind == "REST"))
        {
            var along = path.AlongMeters(Geo.At(rest.Center)) / path.LengthMeters;
            Assert.InRange(along, 0.3, 0.7);
        }
    }

    [Theory]
    [MemberData(nameof(RouteIds))]
    public void Runs_from_its_origin_facility_to_its_destination_facility(string id)
    {
        var route = Route(id);
        Assert.True(Geo.Meters(route.Path[0], Facility(route.Origin).Position) <= route.BufferMeters, $"{id} starts away from {route.Origin.Facility}");
        Assert.True(Geo.Meters(route.Path[^1], Facility(route.Destination).Position) <= route.BufferMeters, $"{id} ends away from {route.Destination.Facility}");
        Assert.NotEqual(route.DepartureOffice, route.DestinationOffice);
    }

    [Fact]
    public void Roads_keep_road_corridors_and_speeds()
    {
        Assert.All(Scenario.Roads, r =>
        {
            Assert.Equal("ROAD", r.Mode);
            Assert.InRange(r.BufferMeters, 300, 500);
            Assert.InRange(r.SpeedKmh, 40, 70);
            Assert.All(r.Zones.Where(z => z.Kind != "REST"), z => Assert.InRange(z.RadiusMeters, 200, 400));

            // Waypoints every 1-3 km follow the road rather than cutting corners.
            Assert.All(Geo.Legs(r.Path), leg => Assert.InRange(Geo.Meters(leg.From, leg.To), 200, 3_000));
            Assert.InRange(Geo.Line(r.Path).LengthMeters, 5_000, 60_000);
        });
        Assert.Contains(Scenario.Roads, r => r.Zones.Any(z => z.Kind == "REST"));
    }

    [Fact]
    public void Railways_run_to_the_qingdao_port_rail_gate()
    {
        Assert.All(Scenario.Railways, r =>
        {
            Assert.Equal("RAIL", r.Mode);
            Assert.Equal(("CNTAO", "QW-RAIL"), (r.Destination.UnLocode, r.Destination.Facility));
            Assert.InRange(r.BufferMeters, 800, 1_500);
            Assert.InRange(r.SpeedKmh, 40, 100);
            Assert.All(r.Zones, z => Assert.InRange(z.RadiusMeters, 400, 800));
            Assert.All(Geo.Legs(r.Path), leg => Assert.InRange(Geo.Meters(leg.From, leg.To), 500, 20_000));
        });
    }

    [Theory]
    [InlineData("CNZZS", 300, 500)]
    [InlineData("CNLYI", 200, 350)]
    [InlineData("CNJZH", 15, 60)]
    public void Rail_lengths_are_plausible(string origin, double minKm, double maxKm)
    {
        var railway = Assert.Single(Scenario.Railways, r => r.Origin.UnLocode == origin);
        Assert.InRange(Geo.Line(railway.Path).LengthMeters / 1000, minKm, maxKm);
    }

    private static Facility Facility(Place place) =>
        Scenario.Port(place.UnLocode).Facilities.Single(f => f.Code == place.Facility);
}
