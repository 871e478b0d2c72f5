using Tracker.Api.Map;
using Tracker.Domain.Transit;
using Tracker.Domain.Wire;
using Tracker.Grains.Consignments;
using Tracker.Simulator.Scenario;

namespace Tracker.Silo.Web;

/// <summary>
/// The region the map draws, read from the scenario's geography: the same ports, lanes and routes
/// the simulator plays on, whether or not it runs (they are the port region's reference data).
/// </summary>
public static class ScenarioRegion
{
    public static RegionMap From(ScenarioData scenario) => new(
        [.. scenario.Ports.Select(p => new RegionPort(
            p.UnLocode, new LocalName(p.Name, p.NameZh), Coordinate(p.Position), p.IsHub,
            [.. p.Facilities.Select(f => new RegionFacility(f.Code, new LocalName(f.Name, f.NameZh), f.Kind, Coordinate(f.Position)))]))],
        [.. scenario.SeaLanes.Select(l => new RegionLane(l.Id, l.From, l.To, [.. l.Waypoints.Select(Coordinate)]))],
        [.. scenario.Railways.Concat(scenario.Roads).Select(r => new RegionRoute(
            r.Id,
            WireEnum.TryParse<ConsignmentMode>(r.Mode, out var mode) ? mode : throw new InvalidOperationException($"route {r.Id} has mode {r.Mode}"),
            new LocalName(r.Name, r.NameZh),
            new Grains.Consignments.Place(r.Origin.UnLocode, r.Origin.Facility),
            new Grains.Consignments.Place(r.Destination.UnLocode, r.Destination.Facility),
            [.. r.Path.Select(Coordinate)],
            r.BufferMeters))]);

    private static Coordinate Coordinate(GeoPoint p) => new(p.Lon, p.Lat);
}
