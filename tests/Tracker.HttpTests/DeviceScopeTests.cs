using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// Device and gateway tokens carry a scope (issue 13 item 4): the devices they report for, the event codes they send.
/// HOLD and RELS come only from customs; TEND and TCLS only from a token covering the transit's destination; a fix
/// stamped ahead of the clock is refused and cannot blind a lock.
/// </summary>
public sealed class DeviceScopeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string DestinationFacility = "XMDEST";

    /// <summary>Due west, so that a detour north leaves it by the whole offset.</summary>
    private static readonly (double Lon, double Lat)[] Corridor = [(120.3, 36.07), (119.3, 36.07)];

    private readonly HostApi _api = host.Api;
    private readonly string _office = Ids.Unique("qd");

    private async Task<string> DeviceAsync(string[] devices, string[]? codes = null, string? facility = null) =>
        await _api.TokenAsync("device", facility: facility, devices: devices, codes: codes ?? ["*"]);

    /// <summary>A road transit sealed and departed, arriving at <see cref="DestinationFacility"/>.</summary>
    private async Task<(string Id, string Container, string Lock)> DepartedAsync()
    {
        var (id, container, lockId) = (Ids.Unique("tr"), Ids.Container(), Ids.Unique("lock"));
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), _office, [container], [lockId]);
        declaration["destination"] = Json.Obj(("unLocode", Bodies.Destination), ("facility", DestinationFacility));
        declaration["corridor"] = Json.Obj(("path", Json.Arr([.. Corridor.Select(p => (object?)Json.Arr(p.Lon, p.Lat))])), ("bufferMeters", 2000.0));
        await _api.DeclareAsync(declaration);
        var t = Times.Base();
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(1), container, id));
        return (id, container, lockId);
    }

    private async Task<JsonNode> PostAsync(string token, string path, params JsonNode[] items)
    {
        using var response = await _api.PostAsync(path, new JsonArray([.. items.Select(i => i.DeepClone())]), token);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST {path}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    [Fact]
    public async Task A_device_token_reports_only_for_the_devices_of_its_scope()
    {
        var (mine, other, prefix) = (Ids.Unique("lock"), Ids.Unique("lock"), Ids.Unique("QW"));
        var token = await DeviceAsync([mine, $"{prefix}-*"]);
        var t = Times.Base();

        var locks = await PostAsync(token, "/api/v1/ingest/lock-fixes",
            Bodies.LockFix(mine, 1, t, 36, 120), Bodies.LockFix(other, 1, t, 36, 120), Bodies.LockFix($"{prefix}-7", 1, t, 36, 120));
        var vehicles = await PostAsync(token, "/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(Ids.Unique("truck"), 1, t, 36, 120));

        Problems.AssertCounts(locks, accepted: 2, duplicates: 0, rejected: 1);
        Problems.AssertRejected(locks, (1, "lockId"));
        Problems.AssertRejected(vehicles, (0, "vehicleId"));
    }

    [Fact]
    public async Task A_device_token_must_name_its_scope_and_never_holds_customs_codes()
    {
        using var unscoped = await _api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "device")), token: null);
        using var customsCodes = await _api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "device"), ("devices", Json.Arr("*")), ("codes", Json.Arr("GTIN", "RELS"))), token: null);

        await Problems.AssertNamesFieldsAsync(unscoped, "devices");
        await Problems.AssertNamesFieldsAsync(customsCodes, "codes[1]");
    }

    [Fact]
    public async Task Only_customs_of_the_transits_offices_hold_and_release_it()
    {
        var (id, container, _) = await DepartedAsync();
        var t = Times.Base().AddMinutes(5);

        var byDevice = await _api.EventsAsync(Bodies.Event("TRANSIT", "HOLD", t, container, id), Bodies.Event("TRANSIT", "RELS", t, container, id));
        Problems.AssertRejected(byDevice, (0, "eventCode"), (1, "eventCode"));
        Assert.False((await _api.ConsignmentAsync(id))["onHold"]!.GetValue<bool>());

        var byStranger = await _api.IngestAsAsync(await _api.TokenAsync("customs", office: Ids.Unique("elsewhere")), "/api/v1/events", Bodies.Event("TRANSIT", "HOLD", t, container, id));
        Problems.AssertRejected(byStranger, (0, "eventCode"));
        Assert.False((await _api.ConsignmentAsync(id))["onHold"]!.GetValue<bool>());

        Problems.AssertCounts(await _api.CustomsEventsAsync(_office, Bodies.Event("TRANSIT", "HOLD", t, container, id)), accepted: 1, duplicates: 0);
        Assert.True((await _api.ConsignmentAsync(id))["onHold"]!.GetValue<bool>());

        // The hold stands against a device's release; the officer lifts it.
        Problems.AssertRejected(await _api.EventsAsync(Bodies.Event("TRANSIT", "RELS", t.AddMinutes(1), container, id)), (0, "eventCode"));
        Assert.True((await _api.ConsignmentAsync(id))["onHold"]!.GetValue<bool>());
        Problems.AssertCounts(await _api.CustomsEventsAsync(_office, Bodies.Event("TRANSIT", "RELS", t.AddMinutes(2), container, id)), accepted: 1, duplicates: 0);
        Assert.False((await _api.ConsignmentAsync(id))["onHold"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_a_token_covering_the_destination_ends_and_closes_a_transit()
    {
        var (id, container, _) = await DepartedAsync();
        var t = Times.Base().AddMinutes(30);
        var elsewhere = await DeviceAsync([$"{Ids.Unique("other")}-*"], facility: "OTHERFAC");
        var noCodes = await _api.TokenAsync("device", facility: DestinationFacility, devices: ["*"], codes: ["GTIN"]);
        var destination = await DeviceAsync([$"{Ids.Unique("gate")}-*"], facility: DestinationFacility);

        var refused = await PostAsync(elsewhere, "/api/v1/events", Bodies.Event("TRANSIT", "TEND", t, container, id), Bodies.Event("TRANSIT", "TCLS", t, container, id));
        var notItsCode = await PostAsync(noCodes, "/api/v1/events", Bodies.Event("TRANSIT", "TEND", t, container, id));

        Problems.AssertRejected(refused, (0, "eventCode"), (1, "eventCode"));
        Problems.AssertRejected(notItsCode, (0, "eventCode"));
        Assert.Equal("DEPARTED", Json.Str((await _api.ConsignmentAsync(id))["status"]));

        var closed = await PostAsync(destination, "/api/v1/events", Bodies.Event("TRANSIT", "TEND", t, container, id), Bodies.Event("TRANSIT", "TCLS", t.AddMinutes(1), container, id));
        Problems.AssertCounts(closed, accepted: 2, duplicates: 0);
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(id))["status"]));
    }

    [Fact]
    public async Task A_fix_stamped_ahead_of_the_clock_is_refused_and_a_genuine_deviation_after_it_still_raises_its_alert()
    {
        var (id, _, lockId) = await DepartedAsync();
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        var track = new TrackScript(lockId, start, Corridor)
            .Drive(5_000)
            .Detour(5_000, TimeSpan.FromMinutes(10))
            .Drive(5_000);
        Assert.True(track.Now < DateTimeOffset.UtcNow);

        // Four minutes ahead: within what any report may claim, beyond what a fix may.
        var ahead = await _api.LockFixesAsync(Bodies.LockFix(lockId, 100_000, DateTimeOffset.UtcNow.AddMinutes(4), 30, 119));
        Problems.AssertRejected(ahead, (0, "time"));

        foreach (var batch in track.Fixes.Chunk(100))
        {
            Problems.AssertCounts(await _api.LockFixesAsync(batch), accepted: batch.Length, duplicates: 0);
        }

        var alerts = (await _api.GetOkAsync("/api/v1/alerts", await _api.ControlAsync())).AsArray()
            .Where(a => Json.Str(a!["consignmentId"]) == id).Select(a => Json.Str(a!["type"]));
        Assert.Equal(["RDEV"], alerts);
        var lastFix = (await _api.ConsignmentAsync(id))["locks"]!.AsArray().Single()!["lastFix"]!;
        Assert.True(Times.Parse(lastFix["time"]) <= DateTimeOffset.UtcNow, lastFix.ToJsonString());
    }
}
