using System.Net;

namespace Tracker.HttpTests;

/// <summary>The container and vessel views: state, position, carrier and timeline.</summary>
public sealed class ContainerTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task A_declared_container_shows_customs_terminal_and_seal_state_and_its_locks_position()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        var t = Times.Base();
        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 7, t.AddMinutes(10), 36.0712, 120.3011));

        var view = await _api.ContainerAsync(container);

        Assert.Equal(container, Json.Str(view["number"]));
        Assert.Equal("DECLARED", Json.Str(view["customs"]!["summary"]));
        Assert.NotNull(view["customs"]!["declaredAt"]);
        Assert.Equal("GTIN", Json.Str(view["terminal"]!["lastCode"]));
        Assert.Equal("CNTAO", Json.Str(view["terminal"]!["unLocode"]));
        Assert.True(view["terminal"]!["inTerminal"]!.GetValue<bool>());
        Assert.Equal(lockId, Json.Str(view["seal"]!["lockId"]));
        Assert.Equal("sealed", Json.Str(view["seal"]!["state"]));
        Assert.Equal(36.0712, view["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(120.3011, view["position"]!["lon"]!.GetValue<double>());
        Assert.Equal(t.AddMinutes(10), Times.Parse(view["position"]!["time"]));
        Assert.Equal(id, Json.Str(view["consignments"]![0]!["consignmentId"]));
        Assert.Equal(["GTIN"], view["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));
    }

    [Fact]
    public async Task After_a_load_the_carrier_is_the_vessel_and_the_position_comes_from_its_ais()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        var imo = Ids.Imo();
        var mmsi = Ids.Mmsi();
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        var t = Times.Base();
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.07, 120.30));
        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(5), container, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddMinutes(30), container, vesselImo: imo, unLocode: "CNTAO"));

        var loaded = await _api.ContainerAsync(container);
        Assert.Equal("VESSEL", Json.Str(loaded["carrier"]!["kind"]));
        Assert.Equal(imo, Json.Str(loaded["carrier"]!["id"]));
        Assert.Equal(36.07, loaded["position"]!["lat"]!.GetValue<double>());

        var ais = Bodies.Ais(mmsi, t.AddMinutes(60), 35.5, 121.25, imo: imo, name: "TEST FEEDER");
        ais["eta"] = Times.Iso(t.AddDays(2));
        await _api.IngestAsync("/api/v1/ingest/ais", ais);

        var atSea = await _api.ContainerAsync(container);
        Assert.Equal(35.5, atSea["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(121.25, atSea["position"]!["lon"]!.GetValue<double>());
        Assert.Equal($"ais:{mmsi}", Json.Str(atSea["position"]!["source"]));
        Assert.Equal(t.AddDays(2), Times.Parse(atSea["eta"]));
        Assert.Equal("LOAD", Json.Str(atSea["terminal"]!["lastCode"]));
        Assert.Equal(["GTIN", "LOAD"], atSea["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));
    }

    [Fact]
    public async Task After_discharge_the_container_has_no_carrier()
    {
        var container = Ids.Container();
        var imo = Ids.Imo();
        var t = Times.Base();

        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "LOAD", t, container, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "DISC", t.AddHours(2), container, vesselImo: imo, unLocode: "CNXIA"));

        var view = await _api.ContainerAsync(container);

        Assert.Null(view["carrier"]);
        Assert.Equal("DISC", Json.Str(view["terminal"]!["lastCode"]));
        Assert.Equal("CNXIA", Json.Str(view["terminal"]!["unLocode"]));
    }

    [Fact]
    public async Task A_container_number_with_a_wrong_check_digit_is_a_400_problem_naming_it()
    {
        using var response = await _api.GetAsync($"/api/v1/containers/{Ids.WithWrongCheckDigit(Ids.Container())}", await _api.ControlAsync());

        var problem = await Problems.AssertNamesFieldsAsync(response, "number");
        Assert.Contains("check digit", problem["errors"]!["number"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_container_is_a_404_problem()
    {
        using var response = await _api.GetAsync($"/api/v1/containers/{Ids.Container()}", await _api.ControlAsync());

        await Problems.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Known_valid_container_numbers_are_accepted_in_lower_case_too()
    {
        var t = Times.Base();
        string[] numbers = ["CSQU3054383", "MSKU9070323", "TGHU0588838", "OOLU1234567"];

        var result = await _api.EventsAsync([.. numbers.Select(n => Bodies.Event("EQUIPMENT", "GTIN", t, n, unLocode: "CNTAO"))]);
        Problems.AssertCounts(result, accepted: 4, duplicates: 0);

        var view = await _api.ContainerAsync("csqu3054383");
        Assert.Equal("CSQU3054383", Json.Str(view["number"]));
    }

    [Fact]
    public async Task A_vessel_shows_its_ais_position_port_calls_and_the_containers_aboard()
    {
        var imo = Ids.Imo();
        var mmsi = Ids.Mmsi();
        var container = Ids.Container();
        var t = Times.Base();
        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(mmsi, t, 36.0, 120.4, imo: imo, name: "YU MING"));
        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(mmsi, t.AddMinutes(20), 36.1, 120.5));
        await _api.EventsAsync(
            Bodies.Event("TRANSPORT", "ARRI", t.AddMinutes(-60), vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddMinutes(-30), container, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("TRANSPORT", "DEPA", t.AddMinutes(-10), vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("TRANSPORT", "ARRI", t.AddDays(1), vesselImo: imo, unLocode: "CNXIA", classifier: "EST"));

        var vessel = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());

        Assert.Equal(imo, Json.Str(vessel["imo"]));
        Assert.Equal(mmsi, Json.Str(vessel["mmsi"]));
        Assert.Equal("YU MING", Json.Str(vessel["name"]));
        Assert.Equal(36.1, vessel["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(t.AddMinutes(20), Times.Parse(vessel["position"]!["time"]));
        Assert.Equal(["CNTAO", "CNXIA"], vessel["portCalls"]!.AsArray().Select(c => Json.Str(c!["unLocode"])));
        Assert.Equal(t.AddMinutes(-10), Times.Parse(vessel["portCalls"]![0]!["atd"]));
        Assert.Equal(t.AddDays(1), Times.Parse(vessel["eta"]));
        Assert.Equal([container], Json.Strings(vessel["containersAboard"]));
    }

    [Fact]
    public async Task Ais_reports_sent_before_the_imo_is_known_count_once_it_is()
    {
        var imo = Ids.Imo();
        var mmsi = Ids.Mmsi();
        var t = Times.Base();
        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(mmsi, t, 36.0, 120.4));

        using var unknown = await _api.GetAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());
        await Problems.AssertAsync(unknown, HttpStatusCode.NotFound);

        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(mmsi, t.AddMinutes(-5), 35.9, 120.3, imo: imo));
        var vessel = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());
        Assert.Equal(36.0, vessel["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(t, Times.Parse(vessel["position"]!["time"]));
    }

    [Fact]
    public async Task A_bad_imo_is_a_400_problem_naming_it_and_an_unknown_vessel_a_404()
    {
        using var bad = await _api.GetAsync("/api/v1/vessels/9074728", await _api.ControlAsync());
        using var unknown = await _api.GetAsync($"/api/v1/vessels/{Ids.Imo()}", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(bad, "imo");
        await Problems.AssertAsync(unknown, HttpStatusCode.NotFound);
    }
}
