using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// Containers are reused between shippers (issue 13 item 1). A tenant sees only what happened to a box within its own
/// consignments' windows, declared to closed: never another tenant's lock, seal, hold, gate moves or consignment ids.
/// </summary>
public sealed class TenantIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    /// <summary>One tenant's transit of the shared box, and what only that tenant may see of it.</summary>
    private sealed record Party(string Tenant, string Consignment, string Lock, string Facility, double Lat, string[] EventIds, bool Held);

    [Fact]
    public async Task A_tenant_whose_transit_follows_anothers_closed_one_sees_none_of_it_and_the_other_none_of_its()
    {
        var container = Ids.Container();
        var (closed, open) = await TwoTransitsAsync(container);

        await AssertSeesOnlyOwnAsync(container, open, closed);
        await AssertSeesOnlyOwnAsync(container, closed, open);
    }

    [Fact]
    public async Task Either_tenant_of_a_shared_box_may_be_the_earlier_one_and_neither_sees_the_other()
    {
        // The same story with the tenants' names drawn the other way round, so that no order of ids or of links helps.
        var container = Ids.Container();
        var (closed, open) = await TwoTransitsAsync(container, firstTenant: "z-" + Ids.Unique("tenant"), secondTenant: "a-" + Ids.Unique("tenant"));

        await AssertSeesOnlyOwnAsync(container, closed, open);
        await AssertSeesOnlyOwnAsync(container, open, closed);
    }

    [Fact]
    public async Task A_tenants_container_list_shows_its_own_state_of_a_shared_box_not_the_others_hold()
    {
        var container = Ids.Container();
        var (closed, open) = await TwoTransitsAsync(container);

        var list = await _api.GetOkAsync("/api/v1/containers", await _api.TokenAsync("enterprise", open.Tenant));
        var row = list["items"]!.AsArray().Single(i => Json.Str(i!["number"]) == container)!;

        Assert.Equal(open.Consignment, Json.Str(row["consignmentId"]));
        Assert.Equal("DECLARED", Json.Str(row["customs"]));
        Assert.Equal("sealed", Json.Str(row["seal"]));
        var earlier = await _api.GetOkAsync("/api/v1/containers?status=CLOSED", await _api.TokenAsync("enterprise", closed.Tenant));
        Assert.Equal("HELD", Json.Str(earlier["items"]!.AsArray().Single(i => Json.Str(i!["number"]) == container)!["customs"]));
    }

    [Fact]
    public async Task A_box_in_an_open_transit_is_refused_with_409_naming_the_field_and_free_again_once_it_closed()
    {
        var (busy, other) = (Ids.Container(), Ids.Container());
        var first = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [busy], [Ids.Unique("lock")]);
        await _api.DeclareAsync(first);
        var second = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [other, busy], [Ids.Unique("lock"), Ids.Unique("lock")]);

        using (var refused = await _api.PostAsync("/api/v1/consignments", second, await _api.AdminAsync()))
        {
            var problem = await Problems.AssertAsync(refused, HttpStatusCode.Conflict);
            var reason = Json.Str(problem["errors"]!["containers[1]"]![0]);
            Assert.Contains(busy, reason, StringComparison.Ordinal);
            Assert.Contains(Json.Str(first["id"])!, reason, StringComparison.Ordinal);
        }

        // Nothing of the refused declaration stays: its other box is free, and so is its lock.
        var (otherView, _) = await GetAsync($"/api/v1/containers/{other}", await _api.ControlAsync());
        Assert.Equal(HttpStatusCode.NotFound, otherView);

        await CloseAsync(Json.Str(first["id"])!, busy, Times.Base());
        var declared = await _api.DeclareAsync(second);
        Assert.Equal(Json.Str(second["id"]), Json.Str(declared["id"]));
    }

    [Fact]
    public async Task Two_declarations_of_the_same_box_at_once_end_in_exactly_one_201()
    {
        var box = Ids.Container();
        var declarations = Enumerable.Range(0, 6)
            .Select(_ => Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [box], [Ids.Unique("lock")]))
            .ToList();
        var token = await _api.AdminAsync();

        var answers = await Task.WhenAll(declarations.Select(async d =>
        {
            using var response = await _api.PostAsync("/api/v1/consignments", d, token);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a));
    }

    /// <summary>
    /// The first tenant's transit of the box: held, gated at its own facility, its lock opened far north; then closed.
    /// The second tenant's transit of the same box, declared after: sealed, gated at another facility, further south.
    /// </summary>
    private async Task<(Party Closed, Party Open)> TwoTransitsAsync(string container, string? firstTenant = null, string? secondTenant = null)
    {
        var t = Times.Base();
        var first = new Party(firstTenant ?? Ids.Unique("tenant"), Ids.Unique("tr"), Ids.Unique("lock"), Ids.Unique("FB"), 36.9, [.. Enumerable.Range(0, 7).Select(_ => Ids.Unique("ev"))], Held: true);
        await _api.DeclareAsync(Bodies.RoadDeclaration(first.Consignment, first.Tenant, Ids.Unique("office"), [container], [first.Lock]));
        await _api.LockFixesAsync(Bodies.LockFix(first.Lock, 1, t.AddMinutes(20), first.Lat, 121.9, seal: "opened"));
        // The gate move and the hold name no consignment (a hold so named would stop the transit closing):
        // only their time puts them in this tenant's window.
        var gate = Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(15), container, eventId: first.EventIds[0]);
        gate["location"] = Json.Obj(("unLocode", "CNTAO"), ("facility", first.Facility));
        // A hold is customs' (or an admin's), never a device's.
        await _api.IngestAsAsync(await _api.AdminAsync(), "/api/v1/events", Bodies.Event("TRANSIT", "HOLD", t.AddMinutes(30), container, eventId: first.EventIds[1]));
        await _api.EventsAsync(
            gate,
            Bodies.Event("SEAL", "SEAL", t.AddMinutes(7), container, first.Consignment, eventId: first.EventIds[2]),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, first.Consignment, eventId: first.EventIds[3]),
            Bodies.Event("TRANSIT", "TEND", t.AddHours(1), container, first.Consignment, eventId: first.EventIds[4]),
            Bodies.Event("SEAL", "UNSL", t.AddHours(1).AddMinutes(5), container, first.Consignment, eventId: first.EventIds[5]),
            Bodies.Event("TRANSIT", "TCLS", t.AddHours(1).AddMinutes(10), container, first.Consignment, eventId: first.EventIds[6]));
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(first.Consignment))["status"]));

        var now = DateTimeOffset.UtcNow.AddSeconds(1);
        var second = new Party(secondTenant ?? Ids.Unique("tenant"), Ids.Unique("tr"), Ids.Unique("lock"), Ids.Unique("FA"), 36.1, [Ids.Unique("ev"), Ids.Unique("ev")], Held: false);
        await _api.DeclareAsync(Bodies.RoadDeclaration(second.Consignment, second.Tenant, Ids.Unique("office"), [container], [second.Lock]));
        await _api.LockFixesAsync(Bodies.LockFix(second.Lock, 1, now, second.Lat, 120.1));
        var secondGate = Bodies.Event("EQUIPMENT", "GTOT", now, container, eventId: second.EventIds[0]);
        secondGate["location"] = Json.Obj(("unLocode", "CNXMN"), ("facility", second.Facility));
        await _api.EventsAsync(secondGate, Bodies.Event("SEAL", "SEAL", now, container, second.Consignment, eventId: second.EventIds[1]));
        return (first, second);
    }

    private async Task AssertSeesOnlyOwnAsync(string container, Party me, Party other)
    {
        var view = await _api.GetOkAsync($"/api/v1/containers/{container}", await _api.TokenAsync("enterprise", me.Tenant));
        var json = view.ToJsonString();

        Assert.Equal([me.Consignment], view["consignments"]!.AsArray().Select(c => Json.Str(c!["consignmentId"])));
        var timeline = view["timeline"]!.AsArray().Select(m => Json.Str(m!["eventId"])).ToList();
        Assert.Equal(me.EventIds.Order(), timeline.Order());
        Assert.DoesNotContain(other.Consignment, json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Facility, json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Lock, json, StringComparison.Ordinal);
        Assert.Equal(me.Lat, view["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(me.Lock, Json.Str(view["seal"]!["lockId"]));
        Assert.Equal(me.Facility, Json.Str(view["terminal"]!["facility"]));
        Assert.Equal(me.Held, view["customs"]!["heldAt"] is not null);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string path, string token)
    {
        using var response = await _api.GetAsync(path, token);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    private async Task CloseAsync(string id, string container, DateTimeOffset t)
    {
        var result = await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t, container, id),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, id),
            Bodies.Event("TRANSIT", "TEND", t.AddHours(1), container, id),
            Bodies.Event("SEAL", "UNSL", t.AddHours(1).AddMinutes(5), container, id),
            Bodies.Event("TRANSIT", "TCLS", t.AddHours(1).AddMinutes(10), container, id));
        Problems.AssertCounts(result, accepted: 5, duplicates: 0);
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(id))["status"]));
    }
}
