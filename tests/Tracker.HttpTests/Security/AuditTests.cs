using System.Net;
using System.Text.Json.Nodes;
using Tracker.HttpTests.ArrivalDeletions;

namespace Tracker.HttpTests.Security;

/// <summary>
/// Every customs and terminal action is in the audit log with who, when, what, on what and how it
/// ended, and only admins read it (issue 13 item 12).
/// </summary>
public sealed class AuditTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private async Task<JsonArray> EntriesAsync(string query) =>
        (await _api.GetOkAsync($"/api/v1/audit?{query}", await _api.AdminAsync()))["items"]!.AsArray();

    [Fact]
    public async Task Declaring_acknowledging_and_resolving_are_recorded_with_the_officer_and_the_outcome()
    {
        var office = Ids.Unique("office");
        var officer = await _api.TokenAsync("customs", office: office);
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using (var declared = await _api.PostAsync("/api/v1/consignments", Bodies.RoadDeclaration(id, Ids.Unique("tenant"), office, [container], [lockId]), officer))
        {
            Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        }

        var at = Times.Base().AddHours(2);
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", at.AddMinutes(-2), container, id), Bodies.Event("TRANSIT", "TSTR", at.AddMinutes(-1), container, id));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, at, 36.0, 120.0, seal: "opened"));
        var alerts = (await _api.GetOkAsync("/api/v1/alerts?type=OPEN", officer)).AsArray();
        var alertId = Json.Str(Assert.Single(alerts, a => Json.Str(a!["consignmentId"]) == id)!["id"]);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", Json.Obj(), officer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync($"/api/v1/alerts/{alertId}/resolve", Json.Obj(("disposition", "FALSE_ALARM")), officer)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _api.PostAsync($"/api/v1/alerts/{alertId}/resolve", Json.Obj(("disposition", "FALSE_ALARM")), officer)).StatusCode);

        var declare = Assert.Single(await EntriesAsync($"target={id}"))!;
        Assert.Equal("consignment.declare", Json.Str(declare["action"]));
        Assert.Equal("dev-customs", Json.Str(declare["actor"]));
        Assert.Equal("customs", Json.Str(declare["role"]));
        Assert.Equal(office, Json.Str(declare["office"]));
        Assert.Equal("succeeded", Json.Str(declare["outcome"]));
        Assert.Equal(201, Json.Num(declare["status"]));
        Assert.InRange(DateTimeOffset.Parse(Json.Str(declare["at"])!, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(1));

        // Newest first: the refused second resolve, the resolve, the acknowledgement.
        var handled = await EntriesAsync($"target={alertId}");
        Assert.Equal(["alert.resolve", "alert.resolve", "alert.acknowledge"], handled.Select(e => Json.Str(e!["action"])));
        Assert.Equal(["refused", "succeeded", "succeeded"], handled.Select(e => Json.Str(e!["outcome"])));
        Assert.Equal(409, Json.Num(handled[0]!["status"]));
        Assert.All(handled, e => Assert.Equal(office, Json.Str(e!["office"])));
    }

    [Fact]
    public async Task Each_step_of_an_arrival_report_deletion_is_recorded_with_its_party()
    {
        var parties = await DeletionParties.PrepareAsync(_api);
        var request = await parties.CreateAsync();
        var id = Json.Str(request["id"])!;
        await parties.StepOkAsync(id, "confirm", await parties.TerminalAsync());
        await parties.StepOkAsync(id, "approve", await parties.CustomsAsync());

        var entries = await EntriesAsync($"target={id}");

        Assert.Equal(["arrival-deletion.approve", "arrival-deletion.confirm", "arrival-deletion.apply"], entries.Select(e => Json.Str(e!["action"])));
        Assert.Equal(parties.Office, Json.Str(entries[0]!["office"]));
        Assert.Equal(parties.Facility, Json.Str(entries[1]!["facility"]));
        Assert.Equal(parties.Tenant, Json.Str(entries[2]!["tenant"]));
        Assert.All(entries, e => Assert.Equal("succeeded", Json.Str(e!["outcome"])));
        var approvals = await EntriesAsync($"action=arrival-deletion.approve&actor=dev-customs&target={id}");
        Assert.Equal("customs", Json.Str(Assert.Single(approvals)!["role"]));
    }

    [Fact]
    public async Task The_log_pages_with_next_and_filters_by_time()
    {
        var parties = await DeletionParties.PrepareAsync(_api);
        var id = Json.Str((await parties.CreateAsync())["id"])!;
        await parties.StepOkAsync(id, "refuse", await parties.TerminalAsync(), note: "not here");
        var admin = await _api.AdminAsync();

        var first = await _api.GetOkAsync($"/api/v1/audit?target={id}&limit=1", admin);
        var second = await _api.GetOkAsync($"/api/v1/audit?target={id}&limit=1&page={Json.Str(first["next"])}", admin);
        var future = await EntriesAsync($"target={id}&from={Uri.EscapeDataString(Times.Iso(DateTimeOffset.UtcNow.AddHours(1)))}");

        Assert.Equal("arrival-deletion.refuse", Json.Str(Assert.Single(first["items"]!.AsArray())!["action"]));
        Assert.Equal("arrival-deletion.apply", Json.Str(Assert.Single(second["items"]!.AsArray())!["action"]));
        Assert.Null(second["next"]);
        Assert.Empty(future);
    }

    [Theory]
    [InlineData("control")]
    [InlineData("customs")]
    [InlineData("enterprise")]
    [InlineData("terminal")]
    [InlineData("device")]
    public async Task Only_admins_read_the_log(string role)
    {
        var token = await _api.TokenAsync(role, tenant: "t1", office: "o1", facility: "F1");

        using var refused = await _api.GetAsync("/api/v1/audit", token);
        using var anonymous = await _api.GetAsync("/api/v1/audit", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("action=consignment.delete", "action")]
    [InlineData("page=not-a-cursor", "page")]
    [InlineData("limit=0", "limit")]
    [InlineData("from=yesterday", "from")]
    public async Task A_bad_filter_is_a_problem_naming_it(string query, string field)
    {
        using var response = await _api.GetAsync($"/api/v1/audit?{query}", await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }
}
