using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// What the alert console needs beyond the list: filters by severity and by time, counters of open and acknowledged
/// alerts per scope that move as officers handle them, and alerts carrying what a detail view shows.
/// </summary>
public sealed class AlertConsoleTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;
    private readonly string _office = Ids.Unique("office");

    /// <summary>A road transit whose seal is opened on the road: an OPEN alert, CRITICAL, raised at the fix's time.</summary>
    private async Task<string> SealOpenedAsync(DateTimeOffset at)
    {
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), _office, [container], [lockId]));
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", at.AddMinutes(-2), container, id), Bodies.Event("TRANSIT", "TSTR", at.AddMinutes(-1), container, id));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, at, 36.0, 120.0, seal: "opened"));
        return id;
    }

    /// <summary>A feeder due 90 minutes before the cut-off, inside the 2 h margin: a CONN alert, MEDIUM.</summary>
    private async Task<string> ConnectionAtRiskAsync()
    {
        var (id, feeder) = (Ids.Unique("ww"), Ids.Imo());
        var cutoff = DateTimeOffset.UtcNow.AddHours(5);
        await _api.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), _office, [Ids.Container()], feeder, Ids.Imo(), cutoff));
        var ais = Bodies.Ais(Ids.Mmsi(), DateTimeOffset.UtcNow.AddMinutes(-1), 36.5, 121.5, feeder);
        ais["eta"] = Times.Iso(cutoff.AddMinutes(-90));
        await _api.IngestAsync("/api/v1/ingest/ais", ais);
        return id;
    }

    private async Task<JsonArray> ListAsync(string query) =>
        (await _api.GetOkAsync($"/api/v1/alerts?{query}", await _api.TokenAsync("customs", office: _office))).AsArray();

    private async Task<(int Open, int Acknowledged)> CountsAsync(string token)
    {
        var counts = await _api.GetOkAsync("/api/v1/alerts/counts", token);
        return (Json.Num(counts["open"]), Json.Num(counts["acknowledged"]));
    }

    [Fact]
    public async Task Alerts_filter_by_severity_and_by_raised_until()
    {
        var openedAt = Times.Base().AddMinutes(178);
        var sealBroken = await SealOpenedAsync(openedAt);
        var connection = await ConnectionAtRiskAsync();

        var critical = await ListAsync("severity=CRITICAL");
        var medium = await ListAsync("severity=medium");
        var untilOpened = await ListAsync($"until={Uri.EscapeDataString(Times.Iso(openedAt))}");
        var beforeBoth = await ListAsync($"until={Uri.EscapeDataString(Times.Iso(openedAt.AddSeconds(-1)))}");
        var window = await ListAsync($"since={Uri.EscapeDataString(Times.Iso(openedAt.AddSeconds(1)))}&until={Uri.EscapeDataString(Times.Iso(DateTimeOffset.UtcNow.AddMinutes(1)))}");

        Assert.Equal([("OPEN", sealBroken)], critical.Select(a => (Json.Str(a!["type"]), Json.Str(a!["consignmentId"]))));
        Assert.Equal("CRITICAL", Json.Str(critical[0]!["severity"]));
        Assert.Equal([("CONN", connection)], medium.Select(a => (Json.Str(a!["type"]), Json.Str(a!["consignmentId"]))));
        Assert.Equal([sealBroken], untilOpened.Select(a => Json.Str(a!["consignmentId"])));
        Assert.Empty(beforeBoth);
        Assert.Equal([connection], window.Select(a => Json.Str(a!["consignmentId"])));
    }

    [Fact]
    public async Task Counts_move_as_alerts_are_acknowledged_and_resolved_and_stay_within_the_callers_scope()
    {
        var officer = await _api.TokenAsync("customs", office: _office);
        var control = await _api.ControlAsync();
        var controlBefore = await CountsAsync(control);
        await SealOpenedAsync(Times.Base().AddMinutes(178));
        await ConnectionAtRiskAsync();
        var alertPath = $"/api/v1/alerts/{Json.Str((await ListAsync("type=OPEN"))[0]!["id"])}";

        var raised = await CountsAsync(officer);
        var controlRaised = await CountsAsync(control);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync(alertPath + "/acknowledge", Json.Obj(), officer)).StatusCode);
        var acknowledged = await CountsAsync(officer);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync(alertPath + "/resolve", Json.Obj(("disposition", "FALSE_ALARM")), officer)).StatusCode);
        var resolved = await CountsAsync(officer);
        var controlResolved = await CountsAsync(control);
        var stranger = await CountsAsync(await _api.TokenAsync("customs", office: Ids.Unique("office")));
        var otherOffice = await _api.GetOkAsync($"/api/v1/alerts/counts?office={Ids.Unique("office")}", officer);

        Assert.Equal((2, 0), raised);
        Assert.Equal((controlBefore.Open + 2, controlBefore.Acknowledged), controlRaised);
        Assert.Equal((1, 1), acknowledged);
        Assert.Equal((1, 0), resolved);
        Assert.Equal((controlBefore.Open + 1, controlBefore.Acknowledged), controlResolved);
        Assert.Equal((0, 0), stranger);
        Assert.Equal((0, 0), (Json.Num(otherOffice["open"]), Json.Num(otherOffice["acknowledged"])));
    }

    [Fact]
    public async Task An_alert_carries_what_its_detail_view_shows_and_its_consignment_the_corridor_and_zones()
    {
        var id = await SealOpenedAsync(Times.Base().AddMinutes(178));

        var alert = (await ListAsync("type=OPEN")).Single(a => Json.Str(a!["consignmentId"]) == id)!;
        var consignment = await _api.ConsignmentAsync(id);

        Assert.Equal((36.0, 120.0), (alert["position"]!["lat"]!.GetValue<double>(), alert["position"]!["lon"]!.GetValue<double>()));
        Assert.NotNull(alert["evidence"]!["summary"]);
        Assert.NotEmpty(alert["evidence"]!["track"]!.AsArray());
        Assert.NotNull(alert["evidence"]!["distanceFromCorridorMeters"]);
        Assert.Equal(2000.0, consignment["corridor"]!["bufferMeters"]!.GetValue<double>());
        Assert.Equal(2, consignment["corridor"]!["path"]!.AsArray().Count);
        Assert.Equal("SEAL", Json.Str(consignment["zones"]![0]!["kind"]));
    }

    [Theory]
    [InlineData("severity=SEVERE", "severity")]
    [InlineData("until=tomorrow", "until")]
    [InlineData("until=9999-12-31T00:00:00Z", "until")]
    public async Task A_bad_alert_filter_is_a_400_problem_naming_it(string query, string field)
    {
        using var response = await _api.GetAsync($"/api/v1/alerts?{query}", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    [Fact]
    public async Task Counts_refuse_a_bad_office_naming_it_and_are_not_for_enterprises()
    {
        using var bad = await _api.GetAsync("/api/v1/alerts/counts?office=no%20spaces", await _api.ControlAsync());
        using var enterprise = await _api.GetAsync("/api/v1/alerts/counts", await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant")));

        await Problems.AssertNamesFieldsAsync(bad, "office");
        Assert.Equal(HttpStatusCode.Forbidden, enterprise.StatusCode);
    }
}
