using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>What the live map draws beside the markers: the region, corridors, connections; and the sign-in helpers.</summary>
public sealed class MapTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task The_region_names_every_port_and_facility_in_english_and_chinese_with_lanes_and_routes()
    {
        var region = await _api.GetOkAsync("/api/v1/map/region", await _api.TokenAsync("enterprise", Ids.Unique("tenant")));

        var ports = region["ports"]!.AsArray();
        var qingdao = ports.Single(p => Json.Str(p!["unLocode"]) == "CNTAO")!;
        Assert.True(qingdao["hub"]!.GetValue<bool>());
        Assert.Equal(("Qingdao", "青岛"), (Json.Str(qingdao["name"]!["en"]), Json.Str(qingdao["name"]!["zh"])));
        var railGate = qingdao["facilities"]!.AsArray().Single(f => Json.Str(f!["kind"]) == "RAIL_GATE")!;
        Assert.Equal("QW-RAIL", Json.Str(railGate["code"]));
        Assert.All(ports.SelectMany(p => p!["facilities"]!.AsArray()), f => Assert.False(string.IsNullOrEmpty(Json.Str(f!["name"]!["zh"]))));
        Assert.Contains(region["seaLanes"]!.AsArray(), l => Json.Str(l!["from"]) == "CNTAO" && Json.Str(l!["to"]) == "CNDLC");
        Assert.Contains(region["routes"]!.AsArray(), r => Json.Str(r!["mode"]) == "RAIL" && Json.Str(r!["destination"]!["facility"]) == "QW-RAIL");
        Assert.Equal(2, region["routes"]![0]!["path"]![0]!.AsArray().Count);
    }

    [Fact]
    public async Task The_region_needs_a_token()
    {
        using var response = await _api.GetAsync("/api/v1/map/region", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Corridors_list_the_open_transits_of_a_mode_with_buffer_and_zones_and_drop_closed_ones()
    {
        var office = Ids.Unique("office");
        var (open, closed, rail) = (Ids.Unique("tr"), Ids.Unique("tr"), Ids.Unique("tr"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(open, Ids.Unique("tenant"), office, [Ids.Container()], [Ids.Unique("lock")]));
        var closedBox = Ids.Container();
        await _api.DeclareAsync(Bodies.RoadDeclaration(closed, Ids.Unique("tenant"), office, [closedBox], [Ids.Unique("lock")]));
        await _api.DeclareAsync(Bodies.RailDeclaration(rail, Ids.Unique("tenant"), office, [Ids.Container()]));
        var t = Times.Base();
        await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t, closedBox, closed),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(1), closedBox, closed),
            Bodies.Event("TRANSIT", "TEND", t.AddMinutes(2), closedBox, closed),
            Bodies.Event("SEAL", "UNSL", t.AddMinutes(3), closedBox, closed),
            Bodies.Event("TRANSIT", "TCLS", t.AddMinutes(4), closedBox, closed));
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(closed))["status"]));

        var corridors = (await _api.GetOkAsync($"/api/v1/map/corridors?mode=ROAD", await _api.TokenAsync("customs", office: office))).AsArray();

        var mine = corridors.Single(c => Json.Str(c!["consignmentId"]) == open)!;
        Assert.Equal(2000, mine["corridor"]!["bufferMeters"]!.GetValue<double>());
        Assert.Equal("SEAL", Json.Str(mine["zones"]![0]!["kind"]));
        Assert.DoesNotContain(corridors, c => Json.Str(c!["consignmentId"]) == closed);
        Assert.DoesNotContain(corridors, c => Json.Str(c!["consignmentId"]) == rail);
    }

    [Fact]
    public async Task Corridors_are_scoped_to_the_officers_office_and_closed_to_enterprises()
    {
        var id = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]));

        var otherOffice = (await _api.GetOkAsync("/api/v1/map/corridors?mode=ROAD", await _api.TokenAsync("customs", office: Ids.Unique("office")))).AsArray();
        using var enterprise = await _api.GetAsync("/api/v1/map/corridors", await _api.TokenAsync("enterprise", Ids.Unique("tenant")));
        using var badMode = await _api.GetAsync("/api/v1/map/corridors?mode=AIR", await _api.ControlAsync());

        Assert.DoesNotContain(otherOffice, c => Json.Str(c!["consignmentId"]) == id);
        Assert.Equal(HttpStatusCode.Forbidden, enterprise.StatusCode);
        await Problems.AssertNamesFieldsAsync(badMode, "mode");
    }

    [Fact]
    public async Task A_connection_shows_feeder_eta_mainline_cutoff_and_margin_and_the_mainline_is_marked_as_such()
    {
        var (id, feeder, mainline, office) = (Ids.Unique("ww"), Ids.Imo(), Ids.Imo(), Ids.Unique("office"));
        var cutoff = Times.Base().AddHours(9);
        await _api.DeclareAsync(WaterDeclaration(id, office, feeder, mainline, cutoff));
        var eta = Times.Base().AddHours(6);
        var ais = Bodies.Ais(Ids.Mmsi(), DateTimeOffset.UtcNow.AddMinutes(-1), 36.0, 121.0, feeder, "FEEDER ONE");
        ais["eta"] = Times.Iso(eta);
        await _api.IngestAsync("/api/v1/ingest/ais", ais);
        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(Ids.Mmsi(), DateTimeOffset.UtcNow.AddMinutes(-1), 35.0, 123.0, mainline, "MAIN ONE"));

        var connections = (await _api.GetOkAsync("/api/v1/connections", await _api.TokenAsync("customs", office: office))).AsArray();
        var vessel = await _api.GetOkAsync($"/api/v1/vessels/{mainline}", await _api.ControlAsync());

        var c = Assert.Single(connections)!;
        Assert.Equal(id, Json.Str(c["consignmentId"]));
        Assert.Equal(("FEEDER ONE", "MAIN ONE"), (Json.Str(c["feeder"]!["name"]), Json.Str(c["mainline"]!["name"])));
        Assert.Equal(3 * 3600, c["marginSeconds"]!.GetValue<double>());
        Assert.Equal(2 * 3600, c["requiredMarginSeconds"]!.GetValue<double>());
        Assert.Equal(2, Json.Num(c["boxes"]));
        Assert.False(c["discharged"]!.GetValue<bool>());
        Assert.Equal("MAINLINE", Json.Str(vessel["role"]));
    }

    [Fact]
    public async Task A_connection_at_risk_names_its_alert()
    {
        var (id, feeder, office) = (Ids.Unique("ww"), Ids.Imo(), Ids.Unique("office"));
        await _api.DeclareAsync(WaterDeclaration(id, office, feeder, Ids.Imo(), DateTimeOffset.UtcNow.AddHours(2)));
        var ais = Bodies.Ais(Ids.Mmsi(), DateTimeOffset.UtcNow.AddMinutes(-1), 36.0, 121.0, feeder);
        ais["eta"] = Times.Iso(DateTimeOffset.UtcNow.AddHours(3));
        await _api.IngestAsync("/api/v1/ingest/ais", ais);

        var c = (await _api.GetOkAsync("/api/v1/connections", await _api.TokenAsync("customs", office: office))).AsArray().Single()!;

        Assert.StartsWith($"{id}.CONN", Json.Str(c["riskAlertId"]));
        Assert.True(c["marginSeconds"]!.GetValue<double>() < 0);
    }

    [Fact]
    public async Task Dev_parties_list_the_tenants_and_offices_declarations_name()
    {
        var (tenant, office, destination) = (Ids.Unique("tenant"), Ids.Unique("office"), Ids.Unique("dest"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), tenant, office, [Ids.Container()], [Ids.Unique("lock")], destination));

        using var response = await _api.GetAsync("/api/v1/dev/parties", token: null);
        var parties = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(tenant, Json.Strings(parties["tenants"]));
        Assert.Contains(office, Json.Strings(parties["offices"]));
        Assert.Contains(destination, Json.Strings(parties["offices"]));
    }

    [Fact]
    public async Task Me_tells_the_role_and_scope_of_the_token_and_refuses_a_forged_one()
    {
        var office = Ids.Unique("office");
        var me = await _api.GetOkAsync("/api/v1/me", await _api.TokenAsync("customs", office: office));
        var genuine = await _api.TokenAsync("control");
        var forged = genuine[..genuine.LastIndexOf('.')] + ".c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ";

        using var refused = await _api.GetAsync("/api/v1/me", forged);

        Assert.Equal(("customs", office), (Json.Str(me["role"]), Json.Str(me["office"])));
        Assert.True(Times.Parse(me["expiresAt"]) > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static JsonObject WaterDeclaration(string id, string office, string feeder, string mainline, DateTimeOffset cutoff)
    {
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), office, [Ids.Container(), Ids.Container()], []);
        declaration["mode"] = "WATER";
        declaration["feederImo"] = feeder;
        declaration["connection"] = Json.Obj(("mainlineImo", mainline), ("cutoff", Times.Iso(cutoff)));
        return declaration;
    }
}
