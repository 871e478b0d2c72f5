using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// Supervision of the other flows and sources through the real host: the feeder's ETA and port
/// calls (water), the truck's own GNSS against its lock (road), the rail gate's automatic arrival
/// and a broken seal that blocks it.
/// </summary>
public sealed class SupervisionFlowTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;
    private readonly string _office = Ids.Unique("office");

    private async Task<JsonArray> AlertsOfAsync(string consignment)
    {
        var all = await _api.GetOkAsync("/api/v1/alerts", await _api.TokenAsync("customs", office: _office));
        return [.. all.AsArray().Where(a => Json.Str(a!["consignmentId"]) == consignment).Select(a => a!.DeepClone())];
    }

    private async Task DeclareAsync(JsonObject declaration) =>
        Assert.Equal(HttpStatusCode.Created, (await _api.PostAsync("/api/v1/consignments", declaration, await _api.TokenAsync("customs", office: _office))).StatusCode);

    private JsonObject Water(string id, string container, string feeder, DateTimeOffset cutoff)
    {
        var d = Bodies.RoadDeclaration(id, "acme", _office, [container], []);
        d["mode"] = "WATER";
        d["feederImo"] = feeder;
        d["origin"] = Json.Obj(("unLocode", "CNWEI"));
        d["destination"] = Json.Obj(("unLocode", "CNTAO"));
        d["connection"] = Json.Obj(("mainlineImo", "9074729"), ("cutoff", Times.Iso(cutoff)));
        return d;
    }

    [Fact]
    public async Task A_feeder_whose_ETA_endangers_the_mainline_cutoff_raises_a_connection_alert()
    {
        var (id, container, feeder, mmsi) = (Ids.Unique("ww"), Ids.Container(), Ids.Imo(), Ids.Mmsi());
        var cutoff = DateTimeOffset.UtcNow.AddHours(5);
        await DeclareAsync(Water(id, container, feeder, cutoff));

        await _api.IngestAsync("/api/v1/ingest/ais", Json.Obj(
            ("mmsi", mmsi), ("time", Times.Iso(DateTimeOffset.UtcNow.AddMinutes(-1))), ("lat", 37.0), ("lon", 122.0),
            ("imo", feeder), ("eta", Times.Iso(cutoff.AddMinutes(-30)))));

        var alert = Assert.Single(await AlertsOfAsync(id))!;
        Assert.Equal("CONN", Json.Str(alert["type"]));
        Assert.Equal([container], Json.Strings(alert["containers"]));
    }

    [Fact]
    public async Task A_feeder_calling_at_a_port_off_its_route_raises_an_unexpected_port_call()
    {
        var (id, feeder) = (Ids.Unique("ww"), Ids.Imo());
        await DeclareAsync(Water(id, Ids.Container(), feeder, DateTimeOffset.UtcNow.AddDays(2)));

        await _api.EventsAsync(Json.Obj(
            ("eventId", Ids.Unique("ev")), ("eventType", "TRANSPORT"), ("eventCode", "ARRI"), ("classifier", "ACT"),
            ("time", Times.Iso(DateTimeOffset.UtcNow.AddMinutes(-5))), ("vesselImo", feeder), ("location", Json.Obj(("unLocode", "CNDLC")))));

        var alert = Assert.Single(await AlertsOfAsync(id))!;
        Assert.Equal("UPRT", Json.Str(alert["type"]));
        Assert.Contains("CNDLC", Json.Str(alert["evidence"]!["summary"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lock_drifting_away_from_its_truck_raises_a_track_mismatch()
    {
        var (id, container, lockId, truck) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"), Ids.Unique("truck"));
        var declaration = Bodies.RoadDeclaration(id, "acme", _office, [container], [lockId]);
        declaration["vehicleId"] = truck;
        await DeclareAsync(declaration);
        var t = DateTimeOffset.UtcNow.AddMinutes(-12);

        // Both start together at the port, then the lock (the box) heads north while the truck keeps on.
        var locks = new List<JsonNode>();
        var trucks = new List<JsonNode>();
        for (var n = 0; n < 20; n++)
        {
            var at = t.AddSeconds(30 * n);
            var apart = n < 4 ? 0 : (n - 3) * 0.004;
            locks.Add(Bodies.LockFix(lockId, n + 1, at, 36.07 + apart, 120.30 - (n * 0.002)));
            trucks.Add(Bodies.VehicleFix(truck, n + 1, at, 36.07, 120.30 - (n * 0.002)));
        }

        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", [.. trucks]);
        await _api.LockFixesAsync([.. locks]);

        Assert.Contains(await AlertsOfAsync(id), a => Json.Str(a!["type"]) == "TMIS");
    }

    [Fact]
    public async Task A_train_gated_in_at_the_destination_arrives_and_closes_by_itself()
    {
        var (id, boxes) = (Ids.Unique("rail"), new[] { Ids.Container(), Ids.Container() });
        await DeclareAsync(Bodies.RailDeclaration(id, "acme", _office, boxes));
        var t = DateTimeOffset.UtcNow.AddMinutes(-30);
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, boxes[0], id), Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(1), boxes[0], id));

        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(20), boxes[0], id, unLocode: Bodies.Destination));
        var halfway = Json.Str((await _api.ConsignmentAsync(id))["status"]);
        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(21), boxes[1], id, unLocode: Bodies.Destination));

        Assert.Equal("ARRIVED", halfway);
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(id))["status"]));
        foreach (var box in boxes)
        {
            var codes = (await _api.ContainerAsync(box))["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])).ToList();
            Assert.Contains("ARRP", codes);
            Assert.Contains("TCLS", codes);
        }

        Assert.Empty(await AlertsOfAsync(id));
    }

    [Fact]
    public async Task A_seal_opened_en_route_raises_one_alert_and_blocks_automatic_closure_at_the_gate()
    {
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        await DeclareAsync(Bodies.RoadDeclaration(id, "acme", _office, [container], [lockId]));
        var t = DateTimeOffset.UtcNow.AddMinutes(-20);
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t, container, id));

        // Opened on the corridor, far from any unsealing zone; then the box passes the destination gate.
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(5), 36.07, 120.30), Bodies.LockFix(lockId, 2, t.AddMinutes(6), 36.07, 120.30, seal: "opened"));
        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(15), container, id, unLocode: Bodies.Destination));

        Assert.Equal("IN_TRANSIT", Json.Str((await _api.ConsignmentAsync(id))["status"]));
        Assert.Equal("OPEN", Json.Str(Assert.Single(await AlertsOfAsync(id))!["type"]));
    }

    [Fact]
    public async Task A_seal_tampered_at_the_gate_blocks_automatic_closure_and_raises_an_alert()
    {
        var (id, container, lockId) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"));
        await DeclareAsync(Bodies.RoadDeclaration(id, "acme", _office, [container], [lockId]));
        var t = DateTimeOffset.UtcNow.AddMinutes(-20);
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t, container, id));

        // The lock's last word before the gate: tampered, in the yard where nothing is checked.
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(5), 36.07, 120.30, seal: "tampered"));
        var before = (await AlertsOfAsync(id)).Count;
        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "GTIN", t.AddMinutes(15), container, id, unLocode: Bodies.Destination));

        Assert.Equal("IN_TRANSIT", Json.Str((await _api.ConsignmentAsync(id))["status"]));
        var alerts = await AlertsOfAsync(id);
        Assert.Contains(alerts, a => Json.Str(a!["type"]) == "TAMP");
        Assert.True(alerts.Count >= before);
    }
}
