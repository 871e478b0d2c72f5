using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>Declaring transits, reading them one by one and as a scoped list, and their tracks.</summary>
public sealed class ConsignmentTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Path = "/api/v1/consignments";

    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task Declaring_answers_201_with_the_consignment_and_where_to_find_it()
    {
        var id = Ids.Unique("tr");
        var containers = new[] { Ids.Container(), Ids.Container() };
        var locks = new[] { Ids.Unique("lock"), Ids.Unique("lock") };
        var tenant = Ids.Unique("tenant");

        using var response = await _api.PostAsync(Path, Bodies.RoadDeclaration(id, tenant, Ids.Unique("office"), containers, locks), await _api.AdminAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/consignments/{id}", response.Headers.Location?.OriginalString);
        var body = await Json.ReadAsync(response);
        Assert.Equal(id, Json.Str(body["id"]));
        Assert.Equal(tenant, Json.Str(body["tenant"]));
        Assert.Equal("ROAD", Json.Str(body["mode"]));
        Assert.Equal("DECLARED", Json.Str(body["status"]));
        Assert.Equal(containers, Json.Strings(body["containers"]));
        Assert.Equal(locks, body["locks"]!.AsArray().Select(l => Json.Str(l!["lockId"])));
        Assert.All(body["locks"]!.AsArray(), l => Assert.Equal(id, Json.Str(l!["consignmentId"])));
        Assert.Equal([120.3, 36.07], body["corridor"]!["path"]![0]!.AsArray().Select(n => n!.GetValue<double>()));
    }

    [Fact]
    public async Task Declaring_the_same_body_again_answers_200_and_changes_nothing()
    {
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        var first = await _api.DeclareAsync(declaration);

        using var again = await _api.PostAsync(Path, declaration, await _api.AdminAsync());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await Json.ReadAsync(again);
        Assert.Equal(first["declaredAt"]!.ToJsonString(), body["declaredAt"]!.ToJsonString());
        Assert.Single(body["history"]!.AsArray());
        Assert.Equal("DECLARED", Json.Str(body["status"]));
    }

    [Fact]
    public async Task Declaring_a_different_body_under_the_same_id_is_a_409_problem()
    {
        var id = Ids.Unique("tr");
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        await _api.DeclareAsync(declaration);
        var different = declaration.DeepClone().AsObject();
        different["corridor"]!["bufferMeters"] = 5000.0;

        using var response = await _api.PostAsync(Path, different, await _api.AdminAsync());

        await Problems.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(2000.0, (await _api.ConsignmentAsync(id))["corridor"]!["bufferMeters"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_lock_bound_to_an_open_consignment_cannot_be_declared_again_and_nothing_is_half_declared()
    {
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]));
        var second = Ids.Unique("tr");
        var freeLock = Ids.Unique("lock");

        using var response = await _api.PostAsync(
            Path,
            Bodies.RoadDeclaration(second, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container(), Ids.Container()], [freeLock, lockId]),
            await _api.AdminAsync());

        var problem = await Problems.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(lockId, Json.Str(problem["detail"]), StringComparison.Ordinal);
        using var missing = await _api.GetAsync($"{Path}/{second}", await _api.ControlAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // The lock the failed declaration had bound first is free again.
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [freeLock]));
    }

    [Fact]
    public async Task An_invalid_declaration_is_a_400_problem_naming_each_bad_field_and_declares_nothing()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.WithWrongCheckDigit(container)], [Ids.Unique("lock")]);
        declaration["corridor"]!["path"] = Json.Arr(Json.Arr(120.3, 36.07));
        declaration["locks"]![0]!["container"] = Ids.Container();

        using var response = await _api.PostAsync(Path, declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "corridor.path", "containers[0]", "locks[0].container");
        using var missing = await _api.GetAsync($"{Path}/{id}", await _api.ControlAsync());
        await Problems.AssertAsync(missing, HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> BadFields => new()
    {
        { "id", "has space" },
        { "tenant", "" },
        { "mode", "AIR" },
        { "departureOffice", "missing" },
        { "origin.unLocode", "XX" },
        { "destination.facility", "A-FACILITY-CODE-TOO-LONG" },
        { "corridor.bufferMeters", "0" },
        { "corridor.path[1]", "200,36" },
        { "zones[0].kind", "PARK" },
        { "zones[0].radiusMeters", "-5" },
        { "deadline", "2026-11-23T08:30:00" },
        { "containers", "none" },
        { "containers[1]", "duplicate" },
        { "locks", "none" },
        { "locks[0].lockId", "lock/1" },
        { "feederImo", "1234568" },
        { "connection", "on ROAD" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_declaration_with_one_bad_field_is_a_400_problem_naming_it(string field, string breakage)
    {
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        Break(declaration, field, breakage);

        using var response = await _api.PostAsync(Path, declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_declaration_field_of_the_wrong_type_is_a_400_problem_naming_it()
    {
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        declaration["corridor"]!["bufferMeters"] = "wide";

        using var response = await _api.PostAsync(Path, declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "corridor.bufferMeters");
    }

    [Fact]
    public async Task Rail_and_water_transits_need_their_carrier()
    {
        var rail = Bodies.RailDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()]);
        rail.Remove("trainId");
        var water = Bodies.RailDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()]);
        water["mode"] = "WATER";

        using var railResponse = await _api.PostAsync(Path, rail, await _api.AdminAsync());
        using var waterResponse = await _api.PostAsync(Path, water, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(railResponse, "trainId");
        await Problems.AssertNamesFieldsAsync(waterResponse, "feederImo");
    }

    [Fact]
    public async Task A_consignment_shows_its_status_containers_and_locks_with_seal_state_and_last_fix()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        var t = Times.Base();
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.07, 120.30), Bodies.LockFix(lockId, 2, t.AddMinutes(5), 36.01, 120.21, seal: "opened"));

        var body = await _api.ConsignmentAsync(id);

        Assert.Equal("DECLARED", Json.Str(body["status"]));
        Assert.False(body["onHold"]!.GetValue<bool>());
        Assert.Equal([container], Json.Strings(body["containers"]));
        var l = body["locks"]![0]!;
        Assert.Equal(lockId, Json.Str(l["lockId"]));
        Assert.Equal(container, Json.Str(l["container"]));
        Assert.Equal("opened", Json.Str(l["seal"]));
        Assert.Equal(36.01, l["lastFix"]!["lat"]!.GetValue<double>());
        Assert.Equal(120.21, l["lastFix"]!["lon"]!.GetValue<double>());
        Assert.Equal(t.AddMinutes(5), Times.Parse(l["lastFix"]!["time"]));
        Assert.NotNull(body["openAlerts"]);
    }

    [Fact]
    public async Task An_unknown_consignment_is_a_404_problem()
    {
        using var response = await _api.GetAsync($"{Path}/{Ids.Unique("none")}", await _api.ControlAsync());

        await Problems.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_track_shows_lock_fixes_oldest_first_and_the_vehicle_track()
    {
        var id = Ids.Unique("tr");
        var lockId = Ids.Unique("lock");
        var truck = Ids.Unique("truck");
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]);
        declaration["vehicleId"] = truck;
        await _api.DeclareAsync(declaration);
        var t = Times.Base();

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 3, t.AddMinutes(20), 36.03, 120.23), Bodies.LockFix(lockId, 1, t, 36.01, 120.21));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddMinutes(10), 36.02, 120.22));
        // The truck's track is the consignment's from its declaration on (its earlier route may be another shipper's).
        var driven = DateTimeOffset.UtcNow.AddSeconds(2);
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 2, driven.AddSeconds(30), 36.0, 120.2), Bodies.VehicleFix(truck, 1, driven, 36.0, 120.1));

        var track = await _api.GetOkAsync($"{Path}/{id}/track", await _api.ControlAsync());

        var lockTrack = Assert.Single(track["locks"]!.AsArray())!;
        Assert.Equal(lockId, Json.Str(lockTrack["id"]));
        Assert.Equal([1L, 2L, 3L], lockTrack["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
        Assert.Equal([t, t.AddMinutes(10), t.AddMinutes(20)], lockTrack["points"]!.AsArray().Select(p => Times.Parse(p!["time"])));
        Assert.Equal(36.02, lockTrack["points"]![1]!["lat"]!.GetValue<double>());
        Assert.Equal(truck, Json.Str(track["vehicle"]!["id"]));
        Assert.Equal([1L, 2L], track["vehicle"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task The_track_can_be_cut_to_a_time_window()
    {
        var id = Ids.Unique("tr");
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]));
        var t = Times.Base();
        await _api.LockFixesAsync([.. Enumerable.Range(0, 6).Select(i => (JsonNode)Bodies.LockFix(lockId, i, t.AddMinutes(10 * i), 36.0 + (i / 100.0), 120.2))]);
        var from = Uri.EscapeDataString(Times.Iso(t.AddMinutes(10)));
        var to = Uri.EscapeDataString(Times.Iso(t.AddMinutes(30)));

        var track = await _api.GetOkAsync($"{Path}/{id}/track?from={from}&to={to}", await _api.ControlAsync());
        var fromOnly = await _api.GetOkAsync($"{Path}/{id}/track?from={Uri.EscapeDataString(Times.Iso(t.AddMinutes(35)))}", await _api.ControlAsync());

        Assert.Equal([1L, 2L, 3L], track["locks"]![0]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
        Assert.Equal([4L, 5L], fromOnly["locks"]![0]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_track_window_that_is_not_a_time_is_a_400_problem_naming_it()
    {
        var id = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]));

        using var response = await _api.GetAsync($"{Path}/{id}/track?from=yesterday", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, "from");
    }

    [Fact]
    public async Task An_enterprise_lists_only_its_tenants_consignments()
    {
        var tenant = Ids.Unique("tenant");
        var other = Ids.Unique("tenant");
        var mine = new[] { Ids.Unique("tr"), Ids.Unique("tr") };
        foreach (var id in mine)
        {
            await _api.DeclareAsync(Bodies.RailDeclaration(id, tenant, Ids.Unique("office"), [Ids.Container()]));
        }

        var theirs = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RailDeclaration(theirs, other, Ids.Unique("office"), [Ids.Container()]));

        var page = await _api.GetOkAsync(Path, await _api.TokenAsync("enterprise", tenant: tenant));

        Assert.Equal(Enumerable.Reverse(mine), page["items"]!.AsArray().Select(i => Json.Str(i!["id"])));
        Assert.All(page["items"]!.AsArray(), i => Assert.Equal(tenant, Json.Str(i!["tenant"])));
        Assert.Null(page["next"]);
    }

    [Fact]
    public async Task A_customs_officer_lists_only_consignments_of_their_office()
    {
        var office = Ids.Unique("office");
        var asDeparture = Ids.Unique("tr");
        var asDestination = Ids.Unique("tr");
        var unrelated = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RailDeclaration(asDeparture, Ids.Unique("tenant"), office, [Ids.Container()]));
        await _api.DeclareAsync(Bodies.RoadDeclaration(asDestination, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")], destinationOffice: office));
        await _api.DeclareAsync(Bodies.RailDeclaration(unrelated, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()]));

        var page = await _api.GetOkAsync(Path, await _api.TokenAsync("customs", office: office));

        Assert.Equal([asDestination, asDeparture], page["items"]!.AsArray().Select(i => Json.Str(i!["id"])));
    }

    [Fact]
    public async Task The_list_filters_by_mode_and_status()
    {
        var tenant = Ids.Unique("tenant");
        var road = Ids.Unique("tr");
        var rail = Ids.Unique("tr");
        var container = Ids.Container();
        await _api.DeclareAsync(Bodies.RoadDeclaration(road, tenant, Ids.Unique("office"), [container], [Ids.Unique("lock")]));
        await _api.DeclareAsync(Bodies.RailDeclaration(rail, tenant, Ids.Unique("office"), [Ids.Container()]));
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", Times.Base(), container, road));
        var token = await _api.TokenAsync("enterprise", tenant: tenant);

        var rails = await _api.GetOkAsync($"{Path}?mode=RAIL", token);
        var sealedOnes = await _api.GetOkAsync($"{Path}?status=SEALED", token);
        var declaredRoads = await _api.GetOkAsync($"{Path}?mode=ROAD&status=DECLARED", token);

        Assert.Equal([rail], rails["items"]!.AsArray().Select(i => Json.Str(i!["id"])));
        Assert.Equal([road], sealedOnes["items"]!.AsArray().Select(i => Json.Str(i!["id"])));
        Assert.Equal("SEALED", Json.Str(sealedOnes["items"]![0]!["status"]));
        Assert.Empty(declaredRoads["items"]!.AsArray());
    }

    [Fact]
    public async Task The_list_comes_in_pages_of_50_newest_first_with_next_pointing_at_the_rest()
    {
        var tenant = Ids.Unique("tenant");
        var declared = new List<string>();
        for (var i = 0; i < 51; i++)
        {
            var id = Ids.Unique("tr");
            await _api.DeclareAsync(Bodies.RailDeclaration(id, tenant, Ids.Unique("office"), [Ids.Container()]));
            declared.Add(id);
        }

        var token = await _api.TokenAsync("enterprise", tenant: tenant);
        var first = await _api.GetOkAsync(Path, token);
        var next = Json.Str(first["next"]);
        Assert.NotNull(next);
        var second = await _api.GetOkAsync($"{Path}?page={next}", token);

        Assert.Equal(50, first["items"]!.AsArray().Count);
        Assert.Single(second["items"]!.AsArray());
        Assert.Null(second["next"]);
        var all = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.Equal(declared.Order(), all.Select(i => Json.Str(i!["id"])!).Order());
        var times = all.Select(i => Times.Parse(i!["declaredAt"])).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Theory]
    [InlineData("mode=AIR", "mode")]
    [InlineData("status=LOST", "status")]
    [InlineData("page=abc", "page")]
    [InlineData("office=no%20spaces", "office")]
    public async Task A_bad_list_filter_is_a_400_problem_naming_it(string query, string field)
    {
        using var response = await _api.GetAsync($"{Path}?{query}", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    private static void Break(JsonObject d, string field, string breakage)
    {
        switch (field)
        {
            case "id": d["id"] = breakage; break;
            case "tenant": d["tenant"] = breakage; break;
            case "mode": d["mode"] = breakage; break;
            case "departureOffice": d.Remove("departureOffice"); break;
            case "origin.unLocode": d["origin"]!["unLocode"] = breakage; break;
            case "destination.facility": d["destination"]!["facility"] = breakage; break;
            case "corridor.bufferMeters": d["corridor"]!["bufferMeters"] = 0.0; break;
            case "corridor.path[1]": d["corridor"]!["path"]![1] = Json.Arr(200.0, 36.0); break;
            case "zones[0].kind": d["zones"]![0]!["kind"] = breakage; break;
            case "zones[0].radiusMeters": d["zones"]![0]!["radiusMeters"] = -5.0; break;
            case "deadline": d["deadline"] = breakage; break;
            case "containers": d["containers"] = new JsonArray(); d["locks"] = new JsonArray(); break;
            case "containers[1]": d["containers"]!.AsArray().Add(Json.Str(d["containers"]![0])); break;
            case "locks": d["locks"] = new JsonArray(); break;
            case "locks[0].lockId": d["locks"]![0]!["lockId"] = breakage; break;
            case "feederImo": d["feederImo"] = breakage; break;
            case "connection": d["connection"] = Json.Obj(("mainlineImo", "9074729"), ("cutoff", Times.Iso(DateTimeOffset.UtcNow.AddDays(1)))); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "no way to break it");
        }
    }
}
