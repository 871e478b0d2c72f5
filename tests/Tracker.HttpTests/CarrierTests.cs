using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>
/// A consignment's carrier: the feeder, train or truck named by the declaration, with its position, ETA and the
/// cut-off margin on the consignment, and its track limited to the consignment's own time on the track.
/// </summary>
public sealed class CarrierTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Path = "/api/v1/consignments";

    private readonly HostApi _api = host.Api;

    private static JsonObject Ais(string mmsi, string imo, DateTimeOffset time, double lat, double lon, DateTimeOffset? eta = null)
    {
        var report = Bodies.Ais(mmsi, time, lat, lon, imo, "FEEDER ONE");
        report["heading"] = 95.0;
        if (eta is { } at)
        {
            report["eta"] = Times.Iso(at);
        }

        return report;
    }

    [Fact]
    public async Task A_water_consignment_shows_its_feeder_with_position_eta_cutoff_and_margin()
    {
        var (id, feeder, mainline, mmsi) = (Ids.Unique("ww"), Ids.Imo(), Ids.Imo(), Ids.Mmsi());
        var t = Times.Base();
        var cutoff = t.AddHours(12);
        await _api.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], feeder, mainline, cutoff));
        var at = t.AddHours(2);
        await _api.IngestAsync("/api/v1/ingest/ais", Ais(mmsi, feeder, at, 36.5, 121.5, eta: t.AddHours(9)));

        var carrier = (await _api.ConsignmentAsync(id))["carrier"]!;

        Assert.Equal(("VESSEL", feeder, "FEEDER ONE"), (Json.Str(carrier["kind"]), Json.Str(carrier["id"]), Json.Str(carrier["name"])));
        Assert.Equal((36.5, 121.5), (carrier["position"]!["lat"]!.GetValue<double>(), carrier["position"]!["lon"]!.GetValue<double>()));
        Assert.Equal(at, Times.Parse(carrier["position"]!["time"]));
        Assert.Equal(12.5 * 1.852, carrier["position"]!["speedKmh"]!.GetValue<double>(), 6);
        Assert.Equal(95.0, carrier["position"]!["heading"]!.GetValue<double>());
        Assert.Equal(t.AddHours(9), Times.Parse(carrier["eta"]));
        Assert.Equal(cutoff, Times.Parse(carrier["cutoff"]));
        Assert.Equal(180, Json.Num(carrier["marginMinutes"]));
        Assert.Equal(mainline, Json.Str(carrier["mainlineImo"]));
    }

    [Fact]
    public async Task A_feeder_due_after_the_cutoff_shows_a_negative_margin_as_the_connection_list_does()
    {
        var (id, feeder, office) = (Ids.Unique("ww"), Ids.Imo(), Ids.Unique("office"));
        var cutoff = Times.Base().AddHours(4);
        await _api.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), office, [Ids.Container()], feeder, Ids.Imo(), cutoff));
        await _api.IngestAsync("/api/v1/ingest/ais", Ais(Ids.Mmsi(), feeder, DateTimeOffset.UtcNow.AddMinutes(-1), 36.5, 121.5, eta: cutoff.AddMinutes(90)));

        var carrier = (await _api.ConsignmentAsync(id))["carrier"]!;
        var connection = (await _api.GetOkAsync("/api/v1/connections", await _api.TokenAsync("customs", office: office))).AsArray().Single()!;

        Assert.Equal(-90, Json.Num(carrier["marginMinutes"]));
        Assert.Equal(connection["marginSeconds"]!.GetValue<double>() / 60, Json.Num(carrier["marginMinutes"]));
    }

    [Fact]
    public async Task A_water_consignment_without_a_connection_shows_its_feeder_without_cutoff_or_margin()
    {
        var (id, feeder) = (Ids.Unique("ww"), Ids.Imo());
        await _api.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], feeder));

        var carrier = (await _api.ConsignmentAsync(id))["carrier"]!;

        Assert.Equal(("VESSEL", feeder), (Json.Str(carrier["kind"]), Json.Str(carrier["id"])));
        Assert.Null(carrier["position"]);
        Assert.Null(carrier["eta"]);
        Assert.Null(carrier["cutoff"]);
        Assert.Null(carrier["marginMinutes"]);
        Assert.Null(carrier["mainlineImo"]);
    }

    [Fact]
    public async Task A_rail_consignment_shows_its_train_and_a_road_one_its_truck_or_no_carrier()
    {
        var (rail, train, road, truck, bare) = (Ids.Unique("sr"), Ids.Unique("train"), Ids.Unique("rt"), Ids.Unique("truck"), Ids.Unique("rt"));
        await _api.DeclareAsync(Bodies.RailDeclaration(rail, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], train));
        var withTruck = Bodies.RoadDeclaration(road, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        withTruck["vehicleId"] = truck;
        await _api.DeclareAsync(withTruck);
        await _api.DeclareAsync(Bodies.RoadDeclaration(bare, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]));
        var at = Times.Base().AddHours(1);
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(train, 1, at, 35.1, 118.3));

        var trainCarrier = (await _api.ConsignmentAsync(rail))["carrier"]!;
        var truckCarrier = (await _api.ConsignmentAsync(road))["carrier"]!;
        var none = await _api.ConsignmentAsync(bare);

        Assert.Equal(("TRAIN", train), (Json.Str(trainCarrier["kind"]), Json.Str(trainCarrier["id"])));
        Assert.Equal(35.1, trainCarrier["position"]!["lat"]!.GetValue<double>());
        Assert.Equal(at, Times.Parse(trainCarrier["position"]!["time"]));
        Assert.Null(trainCarrier["eta"]);
        Assert.Equal(("TRUCK", truck), (Json.Str(truckCarrier["kind"]), Json.Str(truckCarrier["id"])));
        Assert.Null(truckCarrier["position"]);
        Assert.Null(none["carrier"]);
    }

    [Fact]
    public async Task The_feeder_track_holds_only_positions_within_the_consignments_time_and_the_asked_window()
    {
        var (id, feeder, mmsi) = (Ids.Unique("ww"), Ids.Imo(), Ids.Mmsi());

        // The feeder sailed an earlier voyage before this transit was declared.
        var before = Times.Base();
        await _api.IngestAsync("/api/v1/ingest/ais", Ais(mmsi, feeder, before, 37.5, 122.1));
        await _api.DeclareAsync(Bodies.WaterDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], feeder));
        var first = DateTimeOffset.UtcNow.AddSeconds(2);
        var second = first.AddSeconds(60);
        await _api.IngestAsync("/api/v1/ingest/ais", Ais(mmsi, feeder, first, 37.4, 122.0), Ais(mmsi, feeder, second, 37.3, 121.9));
        var token = await _api.ControlAsync();

        var track = await _api.GetOkAsync($"{Path}/{id}/track", token);
        var fromEarlier = await _api.GetOkAsync($"{Path}/{id}/track?from={Uri.EscapeDataString(Times.Iso(before.AddMinutes(-1)))}", token);
        var toFirst = await _api.GetOkAsync($"{Path}/{id}/track?to={Uri.EscapeDataString(Times.Iso(first.AddSeconds(1)))}", token);
        var beforeDeclared = await _api.GetOkAsync($"{Path}/{id}/track?to={Uri.EscapeDataString(Times.Iso(before.AddMinutes(1)))}", token);

        static DateTimeOffset[] PointTimes(JsonNode track) => [.. track["carrier"]!["points"]!.AsArray().Select(p => Times.Parse(p!["time"]))];
        Assert.Equal(("VESSEL", feeder), (Json.Str(track["carrier"]!["kind"]), Json.Str(track["carrier"]!["id"])));
        Assert.Equal([Trimmed(first), Trimmed(second)], PointTimes(track));
        Assert.Equal(37.4, track["carrier"]!["points"]![0]!["lat"]!.GetValue<double>());
        Assert.Equal([Trimmed(first), Trimmed(second)], PointTimes(fromEarlier));
        Assert.Equal([Trimmed(first)], PointTimes(toFirst));
        Assert.Empty(PointTimes(beforeDeclared));
    }

    [Fact]
    public async Task A_trucks_carrier_track_leaves_out_fixes_from_before_the_declaration()
    {
        var (id, truck) = (Ids.Unique("rt"), Ids.Unique("truck"));
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 1, Times.Base(), 36.0, 120.1));
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        declaration["vehicleId"] = truck;
        await _api.DeclareAsync(declaration);
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 2, DateTimeOffset.UtcNow.AddSeconds(2), 36.0, 120.2));

        var track = await _api.GetOkAsync($"{Path}/{id}/track", await _api.ControlAsync());

        Assert.Equal(("TRUCK", truck), (Json.Str(track["carrier"]!["kind"]), Json.Str(track["carrier"]!["id"])));
        Assert.Equal([2L], track["carrier"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));

        // The truck's own track is the consignment's too: its earlier route may be another tenant's.
        Assert.Equal([2L], track["vehicle"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_trucks_vehicle_track_ends_when_the_consignment_closes()
    {
        var (id, truck, container, lockId) = (Ids.Unique("rt"), Ids.Unique("truck"), Ids.Container(), Ids.Unique("lock"));
        var declaration = Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]);
        declaration["vehicleId"] = truck;
        await _api.DeclareAsync(declaration);
        var t = DateTimeOffset.UtcNow.AddSeconds(1);
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 1, t, 36.0, 120.1));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t, 36.0, 120.1));
        await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t, container, id),
            Bodies.Event("TRANSIT", "TSTR", t.AddSeconds(1), container, id),
            Bodies.Event("TRANSIT", "TEND", t.AddSeconds(2), container, id),
            Bodies.Event("SEAL", "UNSL", t.AddSeconds(2), container, id),
            Bodies.Event("TRANSIT", "TCLS", t.AddSeconds(3), container, id));
        Assert.Equal("CLOSED", Json.Str((await _api.ConsignmentAsync(id))["status"]));

        // The truck and the lock go on to another shipper's transit.
        await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(truck, 2, t.AddSeconds(10), 37.0, 121.0));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddSeconds(10), 37.0, 121.0));
        var track = await _api.GetOkAsync($"{Path}/{id}/track", await _api.ControlAsync());

        Assert.Equal([1L], track["vehicle"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
        Assert.Equal([1L], track["carrier"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
        Assert.Equal([1L], track["locks"]![0]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()));
    }

    /// <summary>Times go over the wire in whole seconds.</summary>
    private static DateTimeOffset Trimmed(DateTimeOffset t) => Times.Parse(JsonValue.Create(Times.Iso(t)));
}
