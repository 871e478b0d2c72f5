using System.Text.Json.Nodes;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests;

/// <summary>With the File provider, everything a 202 or 201 confirmed is still there after a restart.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-http-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Container_timeline_consignment_and_track_survive_a_restart()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        var t = Times.Base();
        JsonNode[] events =
        [
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"),
            Bodies.Event("SEAL", "SEAL", t.AddMinutes(5), container, id),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, id),
        ];
        JsonNode[] fixes = [.. Enumerable.Range(1, 3).Select(i => (JsonNode)Bodies.LockFix(lockId, i, t.AddMinutes(10 + i), 36.0 + (i / 100.0), 120.1))];

        JsonNode containerBefore, consignmentBefore, trackBefore;
        await using (var first = await RunningHost.StartOnFilesAsync(_root))
        using (var firstApi = new HostApi(first.Address))
        {
            // The fixes are hours old: without a long signal-lost limit, an SLOS alert could fire before or after the
            // restart depending on when the schedule ticks, and the before/after comparison would race it.
            var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]);
            declaration["rules"] = Json.Obj(("signalLostSeconds", 7 * 86400.0));
            await firstApi.DeclareAsync(declaration);
            Problems.AssertCounts(await firstApi.EventsAsync(events), accepted: 3, duplicates: 0);
            Problems.AssertCounts(await firstApi.LockFixesAsync(fixes), accepted: 3, duplicates: 0);
            containerBefore = await firstApi.ContainerAsync(container);
            consignmentBefore = await firstApi.ConsignmentAsync(id);
            trackBefore = await firstApi.GetOkAsync($"/api/v1/consignments/{id}/track", await firstApi.ControlAsync());
            await first.StopAsync();
        }

        await using var second = await RunningHost.StartOnFilesAsync(_root);
        using var api = new HostApi(second.Address);

        var containerAfter = await api.ContainerAsync(container);
        Assert.Equal(containerBefore.ToJsonString(), containerAfter.ToJsonString());
        Assert.Equal(["GTIN", "SEAL", "TSTR"], containerAfter["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));
        Assert.Equal("sealed", Json.Str(containerAfter["seal"]!["state"]));
        Assert.Equal(36.03, containerAfter["position"]!["lat"]!.GetValue<double>());

        var consignmentAfter = await api.ConsignmentAsync(id);
        Assert.Equal(consignmentBefore.ToJsonString(), consignmentAfter.ToJsonString());
        Assert.Equal("IN_TRANSIT", Json.Str(consignmentAfter["status"]));

        var trackAfter = await api.GetOkAsync($"/api/v1/consignments/{id}/track", await api.ControlAsync());
        Assert.Equal(trackBefore.ToJsonString(), trackAfter.ToJsonString());
        Assert.Equal(3, trackAfter["locks"]![0]!["points"]!.AsArray().Count);

        var listed = await api.GetOkAsync("/api/v1/consignments?status=IN_TRANSIT", await api.ControlAsync());
        Assert.Contains(id, listed["items"]!.AsArray().Select(i => Json.Str(i!["id"])));

        // What was taken before the restart is still known as taken, and the lifecycle goes on from where it was.
        Problems.AssertCounts(await api.EventsAsync(events), accepted: 0, duplicates: 3);
        Problems.AssertCounts(await api.LockFixesAsync(fixes), accepted: 0, duplicates: 3);
        Problems.AssertCounts(await api.EventsAsync(Bodies.Event("TRANSIT", "TEND", t.AddHours(1), container, id)), accepted: 1, duplicates: 0);
        Assert.Equal("ARRIVED", Json.Str((await api.ConsignmentAsync(id))["status"]));
        Assert.Equal(3, (await api.GetOkAsync($"/api/v1/consignments/{id}/track", await api.ControlAsync()))["locks"]![0]!["points"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_feeders_track_survives_a_restart()
    {
        var (id, feeder, mmsi) = (Ids.Unique("ww"), Ids.Imo(), Ids.Mmsi());

        JsonNode trackBefore;
        await using (var host = await RunningHost.StartOnFilesAsync(_root))
        using (var firstApi = new HostApi(host.Address))
        {
            await firstApi.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], feeder));

            // After the declaration: the consignment's track shows its feeder from then on.
            var first = DateTimeOffset.UtcNow.AddSeconds(2);
            await firstApi.IngestAsync("/api/v1/ingest/ais", [.. Enumerable.Range(0, 3).Select(i => (JsonNode)Bodies.Ais(mmsi, first.AddSeconds(30 * i), 37.4 - (i / 10.0), 122.0, feeder))]);
            trackBefore = await firstApi.GetOkAsync($"/api/v1/consignments/{id}/track", await firstApi.ControlAsync());
            await host.StopAsync();
        }

        await using var second = await RunningHost.StartOnFilesAsync(_root);
        using var api = new HostApi(second.Address);

        var trackAfter = await api.GetOkAsync($"/api/v1/consignments/{id}/track", await api.ControlAsync());
        Assert.Equal(3, trackBefore["carrier"]!["points"]!.AsArray().Count);
        Assert.Equal(trackBefore["carrier"]!.ToJsonString(), trackAfter["carrier"]!.ToJsonString());
    }

    [Fact]
    public async Task An_alert_and_its_history_survive_a_restart()
    {
        var (id, container, lockId, office) = (Ids.Unique("tr"), Ids.Container(), Ids.Unique("lock"), Ids.Unique("office"));
        var t = DateTimeOffset.UtcNow.AddMinutes(-15);
        string alertPath;
        JsonNode before;
        await using (var first = await RunningHost.StartOnFilesAsync(_root))
        using (var api = new HostApi(first.Address))
        {
            await api.DeclareAsync(Bodies.RoadDeclaration(id, "acme", office, [container], [lockId]));
            await api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t, container, id));

            // Opened far from any unsealing zone: a seal alert, which the officer acknowledges.
            await api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(1), 36.07, 120.30, seal: "opened"));
            var officer = await api.TokenAsync("customs", office: office);
            var alert = (await api.GetOkAsync("/api/v1/alerts", officer)).AsArray().Single(a => Json.Str(a!["consignmentId"]) == id)!;
            alertPath = $"/api/v1/alerts/{Json.Str(alert["id"])}";
            await api.PostAsync(alertPath + "/acknowledge", Json.Obj(("note", "seal checked on the quay")), officer);
            before = await api.GetOkAsync(alertPath, officer);
            await first.StopAsync();
        }

        await using var second = await RunningHost.StartOnFilesAsync(_root);
        using var secondApi = new HostApi(second.Address);
        var after = await secondApi.GetOkAsync(alertPath, await secondApi.TokenAsync("customs", office: office));

        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.Equal(["OPEN", "ACKNOWLEDGED"], after["history"]!.AsArray().Select(h => Json.Str(h!["status"])));
        Assert.Equal("seal checked on the quay", Json.Str(after["history"]![1]!["note"]));
    }

    [Fact]
    public async Task The_live_map_starts_from_where_it_was_after_a_restart()
    {
        var (id, lockId) = (Ids.Unique("tr"), Ids.Unique("lock"));
        await using (var first = await RunningHost.StartOnFilesAsync(_root))
        using (var api = new HostApi(first.Address))
        {
            await api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]));
            await api.LockFixesAsync(Bodies.LockFix(lockId, 1, Times.Base(), 36.05, 120.2));
            await using var live = await LiveClient.ConnectAsync(first.Address, await api.ControlAsync());
            await live.SnapshotWithAsync("road", i => Json.Str(i["id"]) == $"lock:{lockId}");
            await first.StopAsync();
        }

        await using var second = await RunningHost.StartOnFilesAsync(_root);
        using var after = new HostApi(second.Address);
        await using var watcher = await LiveClient.ConnectAsync(second.Address, await after.ControlAsync());

        // Nothing has reported since the restart, yet the map shows the lock where it last was.
        var snapshot = await watcher.SubscribeAsync("road");
        var item = snapshot.Single(i => Json.Str(i!["id"]) == $"lock:{lockId}")!;
        Assert.Equal((36.05, id), (item["lat"]!.GetValue<double>(), Json.Str(item["consignmentId"])));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
