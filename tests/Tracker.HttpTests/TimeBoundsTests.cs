using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// Every time the API takes lies in a sane window: from 2000-01-01 to 5 minutes ahead for what happened, to 2
/// years ahead for what is planned and for queries. A time outside is refused naming its field, and a refused
/// declaration leaves nothing behind: its locks stay free.
/// </summary>
public sealed class TimeBoundsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Consignments = "/api/v1/consignments";
    private const string YearOne = "0001-01-01T00:00:00Z";
    private const string Year9999 = "9999-12-31T00:00:00Z";

    private readonly HostApi _api = host.Api;

    private static JsonObject Road(string[] locks) =>
        Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [.. locks.Select(_ => Ids.Container())], locks);

    /// <summary>A WATER transit under lock whose boxes must make a mainline cut-off.</summary>
    private static JsonObject Water(string feeder, string cutoff, string[] locks)
    {
        var d = Road(locks);
        d["mode"] = "WATER";
        d["feederImo"] = feeder;
        d["origin"] = Json.Obj(("unLocode", "CNWEI"));
        d["destination"] = Json.Obj(("unLocode", "CNTAO"));
        d["connection"] = Json.Obj(("mainlineImo", "9074729"), ("cutoff", cutoff));
        return d;
    }

    [Fact]
    public async Task A_declaration_with_a_year_9999_deadline_is_refused_naming_it_and_leaves_its_locks_free()
    {
        string[] locks = [Ids.Unique("lock"), Ids.Unique("lock")];
        var declaration = Road(locks);
        declaration["deadline"] = Year9999;

        using var response = await _api.PostAsync(Consignments, declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "deadline");
        using var missing = await _api.GetAsync($"{Consignments}/{Json.Str(declaration["id"])}", await _api.ControlAsync());
        await Problems.AssertAsync(missing, HttpStatusCode.NotFound);
        await _api.DeclareAsync(Road(locks));
    }

    [Fact]
    public async Task A_declaration_with_a_year_1_connection_cutoff_is_refused_naming_it_and_leaves_its_locks_free()
    {
        var feeder = Ids.Imo();
        string[] locks = [Ids.Unique("lock")];

        using var response = await _api.PostAsync(Consignments, Water(feeder, YearOne, locks), await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "connection.cutoff");
        await _api.DeclareAsync(Water(feeder, Times.Iso(DateTimeOffset.UtcNow.AddDays(2)), locks));
    }

    public static TheoryData<string, string> DeclarationTimesOutside => new()
    {
        { "deadline", "1999-12-31T23:59:59Z" },
        { "deadline", "+3y" },
        { "connection.cutoff", "1999-12-31T23:59:59Z" },
        { "connection.cutoff", Year9999 },
    };

    [Theory]
    [MemberData(nameof(DeclarationTimesOutside))]
    public async Task A_declaration_time_outside_the_window_is_a_400_problem_naming_it(string field, string time)
    {
        var value = time == "+3y" ? Times.Iso(DateTimeOffset.UtcNow.AddYears(3)) : time;
        var declaration = Water(Ids.Imo(), Times.Iso(DateTimeOffset.UtcNow.AddDays(2)), [Ids.Unique("lock")]);
        if (field == "deadline")
        {
            declaration["deadline"] = value;
        }
        else
        {
            declaration["connection"]!["cutoff"] = value;
        }

        using var response = await _api.PostAsync(Consignments, declaration, await _api.AdminAsync());

        var problem = await Problems.AssertNamesFieldsAsync(response, field);
        Assert.Single(problem["errors"]!.AsObject());
    }

    [Fact]
    public async Task Declaration_times_at_the_edges_of_the_window_are_taken_and_the_feeders_AIS_raises_its_alert()
    {
        var (feeder, mmsi) = (Ids.Imo(), Ids.Mmsi());
        var latest = DateTimeOffset.UtcNow.AddYears(2).AddMinutes(-1);
        var declaration = Water(feeder, "2000-01-01T00:00:00Z", [Ids.Unique("lock")]);
        declaration["deadline"] = Times.Iso(latest);
        await _api.DeclareAsync(declaration);

        var result = await _api.IngestAsync("/api/v1/ingest/ais", Json.Obj(
            ("mmsi", mmsi), ("time", Times.Iso(Times.Base())), ("lat", 37.0), ("lon", 122.0), ("imo", feeder), ("eta", Times.Iso(latest))));

        Problems.AssertCounts(result, accepted: 1, duplicates: 0);
        var alerts = await _api.GetOkAsync($"/api/v1/alerts?since={Uri.EscapeDataString("2000-01-01T00:00:00Z")}", await _api.ControlAsync());
        var alert = Assert.Single(alerts.AsArray(), a => Json.Str(a!["consignmentId"]) == Json.Str(declaration["id"]))!;
        Assert.Equal("CONN", Json.Str(alert["type"]));
        Assert.Equal("CRITICAL", Json.Str(alert["severity"]));
    }

    [Fact]
    public async Task An_AIS_report_for_the_feeder_of_a_refused_year_1_cutoff_is_taken_not_a_server_error()
    {
        var (feeder, mmsi) = (Ids.Imo(), Ids.Mmsi());
        using var declared = await _api.PostAsync(Consignments, Water(feeder, YearOne, [Ids.Unique("lock")]), await _api.AdminAsync());
        await Problems.AssertNamesFieldsAsync(declared, "connection.cutoff");

        var result = await _api.IngestAsync("/api/v1/ingest/ais", Json.Obj(
            ("mmsi", mmsi), ("time", Times.Iso(Times.Base())), ("lat", 37.0), ("lon", 122.0),
            ("imo", feeder), ("eta", Times.Iso(DateTimeOffset.UtcNow.AddHours(3)))));

        Problems.AssertCounts(result, accepted: 1, duplicates: 0);
    }

    [Fact]
    public async Task Fix_and_AIS_times_before_2000_or_ETAs_past_the_plan_window_are_rejected_naming_the_field()
    {
        var (lockId, truck, mmsi) = (Ids.Unique("lock"), Ids.Unique("truck"), Ids.Mmsi());
        var t = Times.Base();
        var oldFix = Bodies.LockFix(lockId, 1, t, 36.0, 120.0);
        oldFix["time"] = YearOne;
        var oldVehicle = Bodies.VehicleFix(truck, 1, t, 36.0, 120.0);
        oldVehicle["time"] = "1999-12-31T23:59:59Z";
        var oldAis = Bodies.Ais(mmsi, t, 36.0, 120.0);
        oldAis["time"] = YearOne;
        var farEta = Bodies.Ais(mmsi, t.AddMinutes(1), 36.0, 120.0);
        farEta["eta"] = Year9999;
        var pastEta = Bodies.Ais(mmsi, t.AddMinutes(2), 36.0, 120.0);
        pastEta["eta"] = YearOne;

        var locks = await _api.LockFixesAsync(oldFix, Bodies.LockFix(lockId, 2, t, 36.0, 120.0));
        var vehicles = await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 2, t, 36.0, 120.0), oldVehicle);
        var ais = await _api.IngestAsync("/api/v1/ingest/ais", oldAis, farEta, pastEta, Bodies.Ais(mmsi, t.AddMinutes(3), 36.0, 120.0));

        Problems.AssertCounts(locks, accepted: 1, duplicates: 0, rejected: 1);
        Problems.AssertRejected(locks, (0, "time"));
        Problems.AssertCounts(vehicles, accepted: 1, duplicates: 0, rejected: 1);
        Problems.AssertRejected(vehicles, (1, "time"));
        Problems.AssertCounts(ais, accepted: 1, duplicates: 0, rejected: 3);
        Problems.AssertRejected(ais, (0, "time"), (1, "eta"), (2, "eta"));
    }

    [Fact]
    public async Task Event_times_outside_their_window_are_rejected_naming_time_and_plans_within_two_years_are_taken()
    {
        var container = Ids.Container();
        var t = Times.Base();
        var actualInYearOne = Bodies.Event("EQUIPMENT", "GTIN", t, container);
        actualInYearOne["time"] = YearOne;
        var estimateIn9999 = Bodies.Event("EQUIPMENT", "GTIN", t, container, classifier: "EST");
        estimateIn9999["time"] = Year9999;

        var result = await _api.EventsAsync(
            actualInYearOne,
            estimateIn9999,
            Bodies.Event("EQUIPMENT", "GTIN", DateTimeOffset.UtcNow.AddYears(3), container, classifier: "PLN"),
            Bodies.Event("EQUIPMENT", "GTIN", DateTimeOffset.UtcNow.AddDays(30), container, classifier: "PLN"),
            Bodies.Event("EQUIPMENT", "GTIN", t, container));

        Problems.AssertCounts(result, accepted: 2, duplicates: 0, rejected: 3);
        Problems.AssertRejected(result, (0, "time"), (1, "time"), (2, "time"));
    }

    [Theory]
    [InlineData("/api/v1/alerts?since=0001-01-01T00:00:00Z", "since")]
    [InlineData("/api/v1/stats/supervision?to=9999-12-31T00:00:00Z", "to")]
    [InlineData("/api/v1/stats/supervision?from=1999-12-31T00:00:00Z", "from")]
    public async Task A_query_time_outside_the_window_is_a_400_problem_naming_it(string path, string field)
    {
        using var response = await _api.GetAsync(path, await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_track_window_outside_the_window_is_a_400_problem_naming_it()
    {
        var declaration = Road([Ids.Unique("lock")]);
        await _api.DeclareAsync(declaration);

        using var response = await _api.GetAsync($"{Consignments}/{Json.Str(declaration["id"])}/track?from={YearOne}&to={Year9999}", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, "from", "to");
    }
}
