using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>
/// En-route supervision through the real host: a road transit that misbehaves raises exactly
/// the alerts it should, for the right offices, with evidence; officers handle them; a transit
/// that behaves raises nothing and closes by itself.
/// </summary>
public sealed class SupervisionTests(HostFixture host) : IClassFixture<HostFixture>
{
    // About 56 km: west along the 36th parallel from the port, then north-west to the inland site.
    private static readonly (double Lon, double Lat)[] Path = [(120.30, 36.00), (120.00, 36.00), (119.70, 36.10)];

    private readonly HostApi _api = host.Api;
    private readonly string _departure = Ids.Unique("qd");
    private readonly string _destination = Ids.Unique("jz");

    private JsonObject Declaration(string id, string container, string lockId) => Json.Obj(
        ("id", id), ("tenant", "acme"), ("mode", "ROAD"), ("departureOffice", _departure), ("destinationOffice", _destination),
        ("origin", Json.Obj(("unLocode", "CNTAO"))), ("destination", Json.Obj(("unLocode", "CNJZO"))),
        ("corridor", Json.Obj(("path", Json.Arr([.. Path.Select(p => (object?)Json.Arr(p.Lon, p.Lat))])), ("bufferMeters", 500.0))),
        ("zones", Json.Arr(
            Json.Obj(("id", "seal"), ("kind", "SEAL"), ("center", Json.Arr(120.30, 36.00)), ("radiusMeters", 400.0)),
            Json.Obj(("id", "unseal"), ("kind", "UNSEAL"), ("center", Json.Arr(119.70, 36.10)), ("radiusMeters", 400.0)))),
        ("deadline", Times.Iso(DateTimeOffset.UtcNow.AddHours(6))),
        ("containers", Json.Arr(container)),
        ("locks", Json.Arr(Json.Obj(("lockId", lockId), ("container", container)))));

    private async Task<(string Id, string Container, string Lock)> DeclareAndDepartAsync(DateTimeOffset at)
    {
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        var created = await _api.PostAsync("/api/v1/consignments", Declaration(id, container, lockId), await _api.TokenAsync("customs", office: _departure));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", at, container, id), Bodies.Event("TRANSIT", "TSTR", at, container, id));
        return (id, container, lockId);
    }

    private async Task SendAsync(TrackScript track)
    {
        foreach (var batch in track.Fixes.Chunk(100))
        {
            Problems.AssertCounts(await _api.LockFixesAsync(batch), accepted: batch.Length, duplicates: 0);
        }
    }

    private async Task<JsonArray> AlertsOfAsync(string consignment, string role = "customs", string? office = null)
    {
        var token = role == "customs" ? await _api.TokenAsync("customs", office: office ?? _departure) : await _api.TokenAsync(role);
        var all = await _api.GetOkAsync("/api/v1/alerts", token);
        return [.. all.AsArray().Where(a => Json.Str(a!["consignmentId"]) == consignment).Select(a => a!.DeepClone())];
    }

    [Fact]
    public async Task A_transit_that_deviates_stops_and_opens_its_seal_raises_exactly_those_alerts_with_evidence()
    {
        // The journey ends a minute ago: the signal-lost clock has not run out when the test looks.
        static TrackScript Journey(string lockId, DateTimeOffset start) => new TrackScript(lockId, start, Path)
            .Drive(10_000)
            .Detour(2_000, TimeSpan.FromMinutes(10))
            .Drive(15_000)
            .Stop(TimeSpan.FromMinutes(40))
            .Drive(10_000)
            .Seal("opened")
            .Drive(5_000);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1) - (Journey("x", DateTimeOffset.UnixEpoch).Now - DateTimeOffset.UnixEpoch);
        var (id, container, lockId) = await DeclareAndDepartAsync(start);
        await using var officer = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: _destination));
        await officer.SubscribeAsync("alerts");

        var track = Journey(lockId, start);
        await SendAsync(track);

        var alerts = await AlertsOfAsync(id);
        Assert.Equal(["LSTP", "OPEN", "RDEV"], alerts.Select(a => Json.Str(a!["type"])).Order());
        var deviation = alerts.Single(a => Json.Str(a!["type"]) == "RDEV")!;
        Assert.Equal("OPEN", Json.Str(deviation["status"]));
        Assert.Equal([container], Json.Strings(deviation["containers"]));
        Assert.True(deviation["evidence"]!["distanceFromCorridorMeters"]!.GetValue<double>() > 1_000);
        Assert.NotEmpty(deviation["evidence"]!["track"]!.AsArray());
        Assert.False(string.IsNullOrEmpty(Json.Str(deviation["evidence"]!["summary"])));
        Assert.Contains(_departure, Json.Strings(deviation["offices"]));
        Assert.Contains(_destination, Json.Strings(deviation["offices"]));

        // The destination office heard of it at once, and so does the consignment view.
        var pushed = await officer.AlertAsync(a => Json.Str(a["consignmentId"]) == id && Json.Str(a["type"]) == "RDEV");
        Assert.Equal(Json.Str(deviation["id"]), Json.Str(pushed["id"]));
        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal(3, consignment["openAlerts"]!.AsArray().Count);

        // The same track again (a gateway re-sending) raises nothing new.
        await _api.LockFixesAsync([.. track.Fixes.Take(100)]);
        Assert.Equal(3, (await AlertsOfAsync(id)).Count);

        // A page at a time, each naming the next in its Link header: the same three, newest first, once each.
        var paged = new List<JsonNode>();
        var token = await _api.TokenAsync("customs", office: _departure);
        for (var next = "/api/v1/alerts?limit=1"; next is not null;)
        {
            using var response = await _api.GetAsync(next, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            paged.AddRange(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(a => a!.DeepClone()));
            next = response.Headers.TryGetValues("Link", out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "^<([^>]+)>; rel=\"next\"$").Groups[1].Value
                : null;
            Assert.True(paged.Count <= 3, "a page repeated or never ended");
        }

        Assert.Equal(alerts.Select(a => Json.Str(a!["id"])).Order(), paged.Select(a => Json.Str(a["id"])).Order());
        var raised = paged.Select(a => Times.Parse(a["raisedAt"])).ToList();
        Assert.Equal(raised.OrderDescending(), raised);
    }

    [Fact]
    public async Task Officers_acknowledge_and_resolve_alerts_and_the_history_and_statistics_show_it()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-28);
        var (id, _, lockId) = await DeclareAndDepartAsync(start);
        await SendAsync(new TrackScript(lockId, start, Path).Drive(5_000).Detour(3_000, TimeSpan.FromMinutes(10)).Drive(5_000));
        var alert = Assert.Single(await AlertsOfAsync(id))!;
        var path = $"/api/v1/alerts/{Json.Str(alert["id"])}";
        var officer = await _api.TokenAsync("customs", office: _departure);

        var stranger = await _api.PostAsync(path + "/acknowledge", Json.Obj(), await _api.TokenAsync("customs", office: Ids.Unique("elsewhere")));
        var control = await _api.PostAsync(path + "/acknowledge", Json.Obj(), await _api.ControlAsync());
        var acknowledged = await _api.PostAsync(path + "/acknowledge", Json.Obj(("note", "calling the driver")), officer);
        var again = await _api.PostAsync(path + "/acknowledge", Json.Obj(), officer);
        var badDisposition = await _api.PostAsync(path + "/resolve", Json.Obj(("disposition", "SHRUG")), officer);
        var resolved = await _api.PostAsync(path + "/resolve", Json.Obj(("disposition", "JUSTIFIED"), ("note", "road closed, detour ordered by police")), officer);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, control.StatusCode);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        await Problems.AssertAsync(again, HttpStatusCode.Conflict);
        await Problems.AssertNamesFieldsAsync(badDisposition, "disposition");
        var final = await Json.ReadAsync(resolved);
        Assert.Equal("RESOLVED", Json.Str(final["status"]));
        Assert.Equal(["OPEN", "ACKNOWLEDGED", "RESOLVED"], final["history"]!.AsArray().Select(h => Json.Str(h!["status"])));
        Assert.Equal("JUSTIFIED", Json.Str(final["history"]![2]!["disposition"]));
        Assert.Contains(_departure, Json.Str(final["history"]![1]!["by"]), StringComparison.Ordinal);

        var stats = await _api.GetOkAsync($"/api/v1/stats/supervision?office={_departure}", officer);
        Assert.True(stats["transitsSupervised"]!.GetValue<int>() >= 1);
        Assert.True(stats["anomaliesByType"]!["RDEV"]!.GetValue<int>() >= 1);
        Assert.True(stats["handled"]!.GetValue<int>() >= 1);
        Assert.NotNull(stats["meanSecondsToResolve"]);
    }

    [Fact]
    public async Task A_transit_that_follows_its_corridor_with_GPS_noise_and_unseals_in_its_zone_raises_nothing_and_closes_by_itself()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-80);
        var (id, container, lockId) = await DeclareAndDepartAsync(start);
        var length = TrackScript.Length(Path[0], Path[1]) + TrackScript.Length(Path[1], Path[2]);

        await SendAsync(new TrackScript(lockId, start, Path, seed: 11).Drive(length).Stop(TimeSpan.FromMinutes(2)).Seal("opened").Stop(TimeSpan.FromMinutes(2)));

        Assert.Empty(await AlertsOfAsync(id));
        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal("CLOSED", Json.Str(consignment["status"]));
        var timeline = (await _api.ContainerAsync(container))["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])).ToList();
        Assert.Contains("ARRP", timeline);
        Assert.Contains("TCLS", timeline);
    }

    [Fact]
    public async Task Enterprises_see_no_alerts_and_officers_only_their_offices()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-13);
        var (id, _, lockId) = await DeclareAndDepartAsync(start);
        await SendAsync(new TrackScript(lockId, start, Path).Drive(3_000).Detour(3_000, TimeSpan.FromMinutes(8)));

        var enterprise = await _api.GetAsync("/api/v1/alerts", await _api.TokenAsync("enterprise", tenant: "acme"));
        var otherOffice = await AlertsOfAsync(id, office: Ids.Unique("other"));
        var control = await AlertsOfAsync(id, role: "control");
        var consignment = await _api.GetOkAsync($"/api/v1/consignments/{id}", await _api.TokenAsync("enterprise", tenant: "acme"));

        Assert.Equal(HttpStatusCode.Forbidden, enterprise.StatusCode);
        Assert.Empty(otherOffice);
        Assert.Single(control);
        Assert.Empty(consignment["openAlerts"]!.AsArray());
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", tenant: "acme"));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("alerts"));
    }
}
