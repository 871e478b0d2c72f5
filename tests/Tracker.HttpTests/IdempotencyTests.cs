using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>Re-sending what was already taken is harmless: counted as duplicates, nothing changes.</summary>
public sealed class IdempotencyTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task Re_sending_the_same_lock_fixes_reports_duplicates_and_leaves_the_track_unchanged()
    {
        var (id, lockId, _) = await DeclareAsync();
        var t = Times.Base();
        JsonNode[] batch = [.. Enumerable.Range(1, 4).Select(i => (JsonNode)Bodies.LockFix(lockId, i, t.AddMinutes(i), 36.0 + (i / 100.0), 120.1))];

        Problems.AssertCounts(await _api.LockFixesAsync(batch), accepted: 4, duplicates: 0);
        var before = await TrackAsync(id);

        Problems.AssertCounts(await _api.LockFixesAsync(batch), accepted: 0, duplicates: 4);
        Problems.AssertCounts(await _api.LockFixesAsync(batch[1], Bodies.LockFix(lockId, 5, t.AddMinutes(5), 36.05, 120.1)), accepted: 1, duplicates: 1);

        var after = await TrackAsync(id);
        Assert.Equal(4, before["locks"]![0]!["points"]!.AsArray().Count);
        Assert.Equal(5, after["locks"]![0]!["points"]!.AsArray().Count);
        Assert.Equal(5L, (await _api.ConsignmentAsync(id))["locks"]![0]!["reports"]!.GetValue<long>());
    }

    [Fact]
    public async Task Re_sending_the_same_vehicle_fixes_reports_duplicates_and_leaves_the_track_unchanged()
    {
        var (id, _, truck) = await DeclareAsync();
        // After the declaration: the consignment's vehicle track starts there.
        var t = DateTimeOffset.UtcNow.AddSeconds(2);
        JsonNode[] batch = [Bodies.VehicleFix(truck, 1, t, 36.0, 120.1), Bodies.VehicleFix(truck, 2, t.AddSeconds(30), 36.01, 120.1)];

        Problems.AssertCounts(await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", batch), accepted: 2, duplicates: 0);
        Problems.AssertCounts(await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", batch), accepted: 0, duplicates: 2);

        var track = await TrackAsync(id);
        Assert.Equal([1L, 2L], track["vehicle"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Re_sending_the_same_ais_reports_reports_duplicates_and_leaves_the_vessel_unchanged()
    {
        var imo = Ids.Imo();
        var mmsi = Ids.Mmsi();
        var t = Times.Base();
        JsonNode[] batch = [Bodies.Ais(mmsi, t, 36.0, 120.4, imo: imo), Bodies.Ais(mmsi, t.AddMinutes(3), 36.1, 120.5)];

        Problems.AssertCounts(await _api.IngestAsync("/api/v1/ingest/ais", batch), accepted: 2, duplicates: 0);
        var before = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());
        Problems.AssertCounts(await _api.IngestAsync("/api/v1/ingest/ais", batch), accepted: 0, duplicates: 2);
        var after = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());

        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Re_sending_the_same_events_reports_duplicates_and_leaves_the_timeline_unchanged()
    {
        var container = Ids.Container();
        var imo = Ids.Imo();
        var t = Times.Base();
        JsonNode[] batch =
        [
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddHours(1), container, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("TRANSPORT", "DEPA", t.AddHours(2), vesselImo: imo, unLocode: "CNTAO"),
        ];

        Problems.AssertCounts(await _api.EventsAsync(batch), accepted: 3, duplicates: 0);
        var container1 = await _api.ContainerAsync(container);
        var vessel1 = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());

        Problems.AssertCounts(await _api.EventsAsync(batch), accepted: 0, duplicates: 3);

        var container2 = await _api.ContainerAsync(container);
        Assert.Equal(2, container2["timeline"]!.AsArray().Count);
        Assert.Equal(container1.ToJsonString(), container2.ToJsonString());
        Assert.Equal(vessel1.ToJsonString(), (await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync())).ToJsonString());
    }

    private async Task<JsonNode> TrackAsync(string id) => await _api.GetOkAsync($"/api/v1/consignments/{id}/track", await _api.ControlAsync());

    private async Task<(string Id, string LockId, string Truck)> DeclareAsync()
    {
        var id = Ids.Unique("tr");
        var lockId = Ids.Unique("lock");
        var truck = Ids.Unique("truck");
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [lockId]);
        declaration["vehicleId"] = truck;
        await _api.DeclareAsync(declaration);
        return (id, lockId, truck);
    }
}
