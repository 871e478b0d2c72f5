using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>The live hub through the real host: who may watch what, snapshot first, then deltas.</summary>
public sealed class LiveHubTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private async Task<(string Container, string Lock, string Tenant)> DeclaredAsync()
    {
        var (container, lockId, tenant, office) = (Ids.Container(), Ids.Unique("lock"), Ids.Unique("tenant"), Ids.Unique("office"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), tenant, office, [container], [lockId]));
        return (container, lockId, tenant);
    }

    [Fact]
    public async Task An_enterprise_watching_its_container_gets_a_snapshot_then_the_locks_fixes_as_deltas()
    {
        var (container, lockId, tenant) = await DeclaredAsync();
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", tenant));

        var snapshot = await live.SubscribeAsync($"container:{container}");
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, Times.Base(), 36.05, 120.2));
        var delta = await live.DeltaAsync($"container:{container}", i => Json.Str(i["id"]) == $"lock:{lockId}");

        Assert.Contains(snapshot, i => Json.Str(i!["id"]) == $"container:{container}");
        Assert.Equal((36.05, "ROAD"), (delta["lat"]!.GetValue<double>(), Json.Str(delta["mode"])));
        Assert.Equal([container], Json.Strings(delta["containers"]));
    }

    [Fact]
    public async Task Control_watching_the_road_view_sees_road_locks_move()
    {
        var (_, lockId, _) = await DeclaredAsync();
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());
        await live.SubscribeAsync("road");

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, Times.Base(), 36.1, 120.2));

        var delta = await live.DeltaAsync("road", i => Json.Str(i["id"]) == $"lock:{lockId}");
        Assert.Equal("sealed", Json.Str(delta["status"]));
    }

    [Fact]
    public async Task Many_fixes_of_one_lock_arrive_coalesced_to_its_latest_state()
    {
        var (_, lockId, _) = await DeclaredAsync();
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());
        await live.SubscribeAsync("overview");
        var t = Times.Base();

        await _api.LockFixesAsync([.. Enumerable.Range(1, 50).Select(n => Bodies.LockFix(lockId, n, t.AddSeconds(n), 36 + (n * 0.001), 120.2))]);

        var delta = await live.DeltaAsync("overview", i => Json.Str(i["id"]) == $"lock:{lockId}");
        Assert.Equal(36.05, delta["lat"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task An_enterprise_cannot_watch_another_tenants_container_nor_the_flows_nor_alerts()
    {
        var (container, _, _) = await DeclaredAsync();
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", Ids.Unique("tenant")));

        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync($"container:{container}"));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("overview"));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("alerts"));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("container:NOTANUMBER"));
    }

    [Fact]
    public async Task A_refused_subscription_receives_nothing_afterwards()
    {
        var (container, lockId, _) = await DeclaredAsync();
        var view = $"container:{container}";
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", Ids.Unique("tenant")));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync(view));

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, Times.Base(), 36.1, 120.2));

        Assert.True(await live.QuietAsync(view, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Customs_and_control_may_watch_alerts_and_every_flow()
    {
        await using var customs = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: "QDCUS"));
        await using var control = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());

        foreach (var view in new[] { "alerts", "overview", "water", "rail", "road" })
        {
            await customs.SubscribeAsync(view);
            await control.SubscribeAsync(view);
        }
    }

    [Fact]
    public async Task A_hub_connection_without_a_token_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => LiveClient.ConnectAsync(_api.BaseAddress, ""));
    }

    [Fact]
    public async Task A_client_that_reconnects_gets_a_fresh_snapshot_with_what_changed_while_it_was_away()
    {
        var (_, lockId, _) = await DeclaredAsync();
        var t = Times.Base();
        await using (var first = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync()))
        {
            await first.SubscribeAsync("road");
            await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.10, 120.2));
            await first.DeltaAsync("road", i => Json.Str(i["id"]) == $"lock:{lockId}");
        }

        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddMinutes(1), 36.20, 120.2));
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await using var again = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());
        var snapshot = await again.SubscribeAsync("road");

        var item = snapshot.Single(i => Json.Str(i!["id"]) == $"lock:{lockId}")!;
        Assert.Equal(36.20, item["lat"]!.GetValue<double>());
    }

    [Fact]
    public async Task Live_items_say_what_each_carrier_is_which_transit_is_held_and_what_carries_it()
    {
        var (id, feeder, mainline, truckTransit, truck) = (Ids.Unique("ww"), Ids.Imo(), Ids.Imo(), Ids.Unique("tr"), Ids.Unique("truck"));
        var water = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], []);
        water["mode"] = "WATER";
        water["feederImo"] = feeder;
        water["connection"] = Json.Obj(("mainlineImo", mainline), ("cutoff", Times.Iso(DateTimeOffset.UtcNow.AddHours(12))));
        await _api.DeclareAsync(water);
        var road = Bodies.RoadDeclaration(truckTransit, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        road["vehicleId"] = truck;
        await _api.DeclareAsync(road);
        var eta = Times.Base().AddHours(5);
        var ais = Bodies.Ais(Ids.Mmsi(), Times.Base(), 36.0, 121.0, feeder);
        ais["eta"] = Times.Iso(eta);

        await _api.IngestAsync("/api/v1/ingest/ais", ais, Bodies.Ais(Ids.Mmsi(), Times.Base(), 35.0, 123.0, mainline));
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 1, Times.Base(), 36.1, 120.2));
        await _api.IngestAsAsync(await _api.AdminAsync(), "/api/v1/events", Bodies.Event("TRANSIT", "HOLD", Times.Base(), consignment: truckTransit));

        // The snapshot holds the latest item of each object once the live index has them (within a tick or two).
        await using var live = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());
        JsonObject? Item(JsonArray items, string key) => items.FirstOrDefault(i => Json.Str(i!["id"]) == key)?.AsObject();
        var snapshot = await live.SnapshotWithAsync("overview", i => Json.Str(i["id"]) == $"consignment:{truckTransit}" && i["held"]!.GetValue<bool>());

        var (feederItem, mainlineItem, truckItem, held) = (
            Item(snapshot, $"vessel:{feeder}")!, Item(snapshot, $"vessel:{mainline}")!, Item(snapshot, $"vehicle:{truck}")!, Item(snapshot, $"consignment:{truckTransit}")!);
        Assert.True(held["held"]!.GetValue<bool>());
        Assert.Equal(("FEEDER", eta), (Json.Str(feederItem["category"]), Times.Parse(feederItem["eta"])));
        Assert.Equal("MAINLINE", Json.Str(mainlineItem["category"]));
        Assert.Equal("TRUCK", Json.Str(truckItem["category"]));
        Assert.Equal($"vehicle:{truck}", Json.Str(held["carrier"]));
    }
}
