using System.Net;

namespace Tracker.HttpTests;

/// <summary>A customs transit driven through its lifecycle by events and lock fixes.</summary>
public sealed class LifecycleTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task Seal_depart_fix_arrive_unseal_close_ends_closed_with_its_history()
    {
        var (id, container, lockId) = await DeclareAsync();
        var t = Times.Base();

        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, id));
        Assert.Equal("DEPARTED", await StatusAsync(id));

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(20), 36.0, 120.1));
        Assert.Equal("IN_TRANSIT", await StatusAsync(id));

        var result = await _api.EventsAsync(
            Bodies.Event("TRANSIT", "TEND", t.AddHours(2), container, id),
            Bodies.Event("SEAL", "UNSL", t.AddHours(2).AddMinutes(10), container, id),
            Bodies.Event("TRANSIT", "TCLS", t.AddHours(2).AddMinutes(20), container, id));
        Problems.AssertCounts(result, accepted: 3, duplicates: 0);

        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal("CLOSED", Json.Str(consignment["status"]));
        Assert.Equal(
            ["DECLARED", "SEALED", "DEPARTED", "IN_TRANSIT", "ARRIVED", "UNSEALED", "CLOSED"],
            consignment["history"]!.AsArray().Select(h => Json.Str(h!["status"])));
        Assert.Equal(t.AddMinutes(20), Times.Parse(consignment["history"]![3]!["at"]));
        Assert.All(consignment["history"]!.AsArray(), h => Assert.False(string.IsNullOrEmpty(Json.Str(h!["cause"]))));

        var view = await _api.ContainerAsync(container);
        Assert.Equal(["SEAL", "TSTR", "TEND", "UNSL", "TCLS"], view["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));

        var closed = await _api.GetOkAsync("/api/v1/consignments?status=CLOSED", await _api.ControlAsync());
        Assert.Contains(id, closed["items"]!.AsArray().Select(i => Json.Str(i!["id"])));
    }

    [Fact]
    public async Task After_close_the_locks_are_free_to_be_bound_to_a_new_consignment()
    {
        var (id, container, lockId) = await DeclareAsync();
        var next = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]);
        using (var busy = await _api.PostAsync("/api/v1/consignments", next, await _api.AdminAsync()))
        {
            await Problems.AssertAsync(busy, HttpStatusCode.Conflict);
        }

        await CloseAsync(id, container, Times.Base());

        var declared = await _api.DeclareAsync(next);
        var boundLock = declared["locks"]![0]!;
        Assert.Equal(lockId, Json.Str(boundLock["lockId"]));
        Assert.Equal(Json.Str(next["id"]), Json.Str(boundLock["consignmentId"]));
    }

    [Fact]
    public async Task A_closed_consignment_and_its_container_do_not_show_where_their_lock_went_next()
    {
        var (first, firstContainer, lockId) = await DeclareAsync();
        var t = Times.Base();
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.0, 120.1));
        await CloseAsync(first, firstContainer, t);
        var secondContainer = Ids.Container();
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [secondContainer], [lockId]));

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddHours(2), 24.5, 118.1, seal: "tampered"));

        var consignment = await _api.ConsignmentAsync(first);
        Assert.NotEqual(secondContainer, Json.Str(consignment["locks"]![0]!["container"]));
        Assert.NotEqual(24.5, consignment["locks"]![0]!["lastFix"]?["lat"]?.GetValue<double>());
        var track = await _api.GetOkAsync($"/api/v1/consignments/{first}/track", await _api.ControlAsync());
        Assert.Equal([1L], track["locks"]![0]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
        var container = await _api.ContainerAsync(firstContainer);
        Assert.NotEqual(24.5, container["position"]?["lat"]?.GetValue<double>());
        Assert.NotEqual("tampered", Json.Str(container["seal"]!["state"]));
    }

    [Fact]
    public async Task A_new_consignment_does_not_show_the_track_its_lock_made_for_an_earlier_one()
    {
        var (first, firstContainer, lockId) = await DeclareAsync();
        var t = Times.Base();
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.0, 120.1));
        await CloseAsync(first, firstContainer, t);
        var second = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RoadDeclaration(second, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]));

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddHours(2), 24.5, 118.1));

        var track = await _api.GetOkAsync($"/api/v1/consignments/{second}/track", await _api.ControlAsync());
        Assert.Equal([2L], track["locks"]![0]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_closed_transit_refuses_further_steps()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();
        await CloseAsync(id, container, t);

        var result = await _api.IngestAsAsync(await _api.AdminAsync(), "/api/v1/events", Bodies.Event("TRANSIT", "TSTR", t.AddHours(3), container, id), Bodies.Event("TRANSIT", "HOLD", t.AddHours(3), container, id));

        Problems.AssertRejected(result, (0, "eventCode"), (1, "eventCode"));
        Assert.Contains("closed", Json.Str(result["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);
        Assert.Equal("CLOSED", await StatusAsync(id));
    }

    [Fact]
    public async Task A_hold_freezes_the_transit_until_it_is_released()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();
        // HOLD and RELS come only from customs (or an admin), never from a device.
        var admin = await _api.AdminAsync();
        await _api.IngestAsAsync(admin, "/api/v1/events", Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "HOLD", t.AddMinutes(1), container, id));

        var held = await _api.ConsignmentAsync(id);
        Assert.True(held["onHold"]!.GetValue<bool>());
        Assert.Equal("HELD", Json.Str((await _api.ContainerAsync(container))["customs"]!["summary"]));

        var refused = await _api.EventsAsync(Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(2), container, id));
        Problems.AssertRejected(refused, (0, "eventCode"));
        Assert.Contains("on hold", Json.Str(refused["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);

        await _api.IngestAsAsync(admin, "/api/v1/events", Bodies.Event("TRANSIT", "RELS", t.AddMinutes(3), container, id));
        var departed = await _api.EventsAsync(Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(4), container, id));
        Problems.AssertCounts(departed, accepted: 1, duplicates: 0);
        var consignment = await _api.ConsignmentAsync(id);
        Assert.False(consignment["onHold"]!.GetValue<bool>());
        Assert.Equal("DEPARTED", Json.Str(consignment["status"]));
    }

    [Fact]
    public async Task Repeating_a_step_is_harmless_and_recorded_once()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();

        var result = await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("SEAL", "SEAL", t.AddMinutes(1), container, id));

        Problems.AssertCounts(result, accepted: 2, duplicates: 0);
        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal(["DECLARED", "SEALED"], consignment["history"]!.AsArray().Select(h => Json.Str(h!["status"])));
    }

    [Fact]
    public async Task A_lock_fix_before_departure_does_not_put_the_transit_in_transit()
    {
        var (id, container, lockId) = await DeclareAsync();
        var t = Times.Base();
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id));

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(1), 36.0, 120.1));

        Assert.Equal("SEALED", await StatusAsync(id));
    }

    [Fact]
    public async Task A_short_leg_may_arrive_straight_after_departure()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();

        var result = await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t, container, id),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(1), container, id),
            Bodies.Event("TRANSIT", "TEND", t.AddMinutes(30), container, id));

        Problems.AssertCounts(result, accepted: 3, duplicates: 0);
        Assert.Equal("ARRIVED", await StatusAsync(id));
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
        Assert.Equal("CLOSED", await StatusAsync(id));
    }

    private async Task<string?> StatusAsync(string id) => Json.Str((await _api.ConsignmentAsync(id))["status"]);

    private async Task<(string Id, string Container, string LockId)> DeclareAsync()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        return (id, container, lockId);
    }
}
