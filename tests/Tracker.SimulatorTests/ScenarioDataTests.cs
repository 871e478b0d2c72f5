using Tracker.Domain.Identifiers;
using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>The embedded scenario loads, and every identifier in it passes the tracker's own validation.</summary>
public sealed class ScenarioDataTests
{
    private static readonly ScenarioData Scenario = ScenarioData.Load();

    // Maritime identification digits 412-414 are China's.
    private static readonly string[] ChineseMids = ["412", "413", "414"];

    private static readonly string[] VesselKinds = ["FEEDER", "MAINLINE"];

    private static readonly string[] FacilityKinds =
        ["TERMINAL", "RAIL_GATE", "RAIL_YARD", "PORT_AREA", "AIRPORT", "BONDED_ZONE", "SUPERVISION_CENTER", "MULTIMODAL_CENTER"];

    private static IEnumerable<LandRoute> Routes => Scenario.Roads.Concat(Scenario.Railways);

    private static IEnumerable<Place> Places => Routes.SelectMany(r => new[] { r.Origin, r.Destination });

    [Fact]
    public void Loads_every_collection_once()
    {
        Assert.Same(Scenario, ScenarioData.Load());
        Assert.NotEmpty(Scenario.Ports);
        Assert.NotEmpty(Scenario.SeaLanes);
        Assert.True(Scenario.Roads.Count >= 4, "at least four road routes");
        Assert.True(Scenario.Railways.Count >= 3, "at least three sea-rail routes");
        Assert.NotEmpty(Scenario.Tenants);
        Assert.NotEmpty(Scenario.ContainerOwners);
    }

    [Fact]
    public void Qingdao_is_the_one_hub_and_lookups_find_ports_and_lanes()
    {
        var hub = Assert.Single(Scenario.Ports, p => p.IsHub);
        Assert.Equal("CNTAO", hub.UnLocode);
        Assert.Same(hub, Scenario.Port("CNTAO"));
        Assert.Equal(("CNTAO", "CNDLC"), (Scenario.Lane("CNTAO", "CNDLC").From, Scenario.Lane("CNTAO", "CNDLC").To));
        Assert.Throws<KeyNotFoundException>(() => Scenario.Port("NLRTM"));
        Assert.Throws<KeyNotFoundException>(() => Scenario.Lane("CNDLC", "CNNGB"));
    }

    [Fact]
    public void Every_un_locode_is_valid_and_known()
    {
        var codes = Scenario.Ports.Select(p => p.UnLocode).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var used = codes.Concat(Scenario.SeaLanes.SelectMany(l => new[] { l.From, l.To })).Concat(Places.Select(p => p.UnLocode));
        foreach (var code in used)
        {
            Assert.True(UnLocode.TryParse(code, out var parsed, out var error), $"{code}: {error}");
            Assert.Equal(code, parsed.Value);
            Assert.Contains(code, codes);
        }
    }

    [Fact]
    public void Every_facility_code_is_valid_unique_in_its_port_and_near_it()
    {
        foreach (var port in Scenario.Ports)
        {
            Assert.NotEmpty(port.Facilities);
            Assert.Equal(port.Facilities.Count, port.Facilities.Select(f => f.Code).Distinct(StringComparer.Ordinal).Count());
            foreach (var facility in port.Facilities)
            {
                Assert.True(FacilityCode.IsValid(facility.Code), $"{port.UnLocode} {facility.Code}: {FacilityCode.Rule}");

                // The farthest, Dongjiakou, is a Qingdao port area some 60 km down the coast.
                Assert.True(Geo.Meters(port.Position, facility.Position) < 80_000, $"{port.UnLocode} {facility.Code} is far from its port");
            }
        }
    }

    [Fact]
    public void Every_port_facility_and_route_has_a_chinese_name_and_every_facility_a_known_kind()
    {
        // The map labels places in both languages: a missing or untranslated name would show English in Chinese.
        var names = Scenario.Ports.Select(p => (p.UnLocode, p.NameZh))
            .Concat(Scenario.Ports.SelectMany(p => p.Facilities).Select(f => (f.Code, f.NameZh)))
            .Concat(Routes.Select(r => (r.Id, r.NameZh)));
        foreach (var (id, nameZh) in names)
        {
            Assert.True(nameZh.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{id}: '{nameZh}' is not a Chinese name");
        }

        foreach (var facility in Scenario.Ports.SelectMany(p => p.Facilities))
        {
            Assert.Contains(facility.Kind, FacilityKinds);
        }
    }

    [Fact]
    public void Every_route_end_names_a_facility_of_its_port()
    {
        foreach (var place in Places)
        {
            Assert.NotNull(place.Facility);
            Assert.Contains(place.Facility, Scenario.Port(place.UnLocode).Facilities.Select(f => f.Code));
            Assert.False(string.IsNullOrWhiteSpace(place.Name));
        }
    }

    [Fact]
    public void Every_vessel_has_a_valid_imo_and_a_chinese_mmsi()
    {
        foreach (var vessel in Scenario.Vessels)
        {
            Assert.True(ImoNumber.TryParse(vessel.Imo, out var imo, out var error), $"{vessel.Name} IMO {vessel.Imo}: {error}");
            Assert.Equal(vessel.Imo, imo.Value);
            Assert.True(Mmsi.TryParse(vessel.Mmsi, out _, out error), $"{vessel.Name} MMSI {vessel.Mmsi}: {error}");
            Assert.Contains(vessel.Mmsi[..3], ChineseMids);
            Assert.Contains(vessel.Kind, VesselKinds);
            Assert.False(string.IsNullOrWhiteSpace(vessel.Name));
        }

        Assert.Equal(Scenario.Vessels.Count, Scenario.Vessels.Select(v => v.Imo).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Scenario.Vessels.Count, Scenario.Vessels.Select(v => v.Mmsi).Distinct(StringComparer.Ordinal).Count());
        Assert.True(Scenario.Vessels.Count(v => v.Kind == "FEEDER") >= 8, "at least eight feeders");
        Assert.True(Scenario.Vessels.Count(v => v.Kind == "MAINLINE") >= 3, "at least three mainline vessels");
    }

    [Fact]
    public void Every_office_tenant_route_lane_and_zone_id_is_a_valid_entity_id()
    {
        var ids = Scenario.Tenants
            .Concat(Routes.SelectMany(r => new[] { r.Id, r.DepartureOffice, r.DestinationOffice }))
            .Concat(Routes.SelectMany(r => r.Zones).Select(z => z.Id))
            .Concat(Scenario.SeaLanes.Select(l => l.Id));
        foreach (var id in ids)
        {
            Assert.True(EntityId.IsValid(id), $"'{id}': {EntityId.Rule}");
        }

        Assert.Equal(Scenario.Tenants.Count, Scenario.Tenants.Distinct(StringComparer.Ordinal).Count());
        var zoneIds = Routes.SelectMany(r => r.Zones).Select(z => z.Id).ToList();
        Assert.Equal(zoneIds.Count, zoneIds.Distinct(StringComparer.Ordinal).Count());
        var routeIds = Routes.Select(r => r.Id).Concat(Scenario.SeaLanes.Select(l => l.Id)).ToList();
        Assert.Equal(routeIds.Count, routeIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_container_owner_makes_valid_container_numbers()
    {
        foreach (var owner in Scenario.ContainerOwners)
        {
            // Owner code (3 letters) and the freight container category U.
            Assert.Matches("^[A-Z]{3}U$", owner);
            var firstTen = owner + "305438";
            Assert.True(ContainerNumber.TryParse(firstTen + ContainerNumber.ComputeCheckDigit(firstTen), out _));
        }
    }
}
