using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>The device ingest endpoints: what they take, and each class of refusal.</summary>
public sealed class IngestTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    public static TheoryData<string> BatchPaths =>
        ["/api/v1/ingest/lock-fixes", "/api/v1/ingest/vehicle-fixes", "/api/v1/ingest/ais", "/api/v1/events"];

    public static TheoryData<string> AllJsonPostPaths =>
        ["/api/v1/ingest/lock-fixes", "/api/v1/ingest/vehicle-fixes", "/api/v1/ingest/ais", "/api/v1/events", "/api/v1/consignments"];

    [Fact]
    public async Task Lock_fixes_are_accepted_with_202_and_counted()
    {
        var lockId = Ids.Unique("lock");
        var t = Times.Base();

        var result = await _api.LockFixesAsync(
            Bodies.LockFix(lockId, 1, t, 36.07, 120.30),
            Bodies.LockFix(lockId, 2, t.AddMinutes(1), 36.06, 120.29),
            Bodies.LockFix(Ids.Unique("lock"), 1, t, 36.00, 120.00, seal: "opened"));

        Problems.AssertCounts(result, accepted: 3, duplicates: 0);
    }

    [Fact]
    public async Task Vehicle_fixes_are_accepted_with_202_and_counted()
    {
        var truck = Ids.Unique("truck");
        var t = Times.Base();

        var result = await _api.IngestAsync(
            "/api/v1/ingest/vehicle-fixes",
            Bodies.VehicleFix(truck, 10, t, 36.07, 120.30),
            Bodies.VehicleFix(truck, 11, t.AddSeconds(30), 36.06, 120.29));

        Problems.AssertCounts(result, accepted: 2, duplicates: 0);
    }

    [Fact]
    public async Task Ais_reports_are_accepted_with_202_and_counted()
    {
        var mmsi = Ids.Mmsi();
        var t = Times.Base();

        var result = await _api.IngestAsync(
            "/api/v1/ingest/ais",
            Bodies.Ais(mmsi, t, 36.0, 120.5, imo: Ids.Imo(), name: "FEEDER ONE"),
            Bodies.Ais(mmsi, t.AddMinutes(1), 36.01, 120.51));

        Problems.AssertCounts(result, accepted: 2, duplicates: 0);
    }

    [Fact]
    public async Task Events_are_accepted_with_202_and_counted()
    {
        var container = Ids.Container();
        var t = Times.Base();

        var result = await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddHours(1), container, vesselImo: Ids.Imo(), unLocode: "CNTAO"),
            Bodies.Event("TRANSPORT", "ARRI", t.AddHours(5), vesselImo: Ids.Imo(), unLocode: "CNXIA", classifier: "EST"));

        Problems.AssertCounts(result, accepted: 3, duplicates: 0);
    }

    [Fact]
    public async Task A_lock_fix_delivered_late_with_a_lower_seq_is_accepted_not_called_a_duplicate()
    {
        var lockId = Ids.Unique("lock");
        var t = Times.Base();
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 3, t.AddMinutes(3), 36.0, 120.0));

        var late = await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(1), 36.0, 120.0), Bodies.LockFix(lockId, 2, t.AddMinutes(2), 36.0, 120.0));

        Problems.AssertCounts(late, accepted: 2, duplicates: 0);
    }

    [Fact]
    public async Task A_bad_lock_fix_is_rejected_with_its_index_and_field_while_the_good_ones_are_accepted()
    {
        var lockId = Ids.Unique("lock");
        var t = Times.Base();
        var badLatitude = Bodies.LockFix(lockId, 2, t, 91.0, 120.0);
        var badSeal = Bodies.LockFix(lockId, 4, t, 36.0, 120.0, seal: "broken");

        var result = await _api.LockFixesAsync(
            Bodies.LockFix(lockId, 1, t, 36.0, 120.0), badLatitude, Bodies.LockFix(lockId, 3, t, 36.0, 120.0), badSeal);

        Problems.AssertCounts(result, accepted: 2, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (1, "lat"), (3, "seal"));
    }

    [Fact]
    public async Task A_bad_vehicle_fix_is_rejected_naming_the_field()
    {
        var fix = Bodies.VehicleFix(Ids.Unique("truck"), 1, Times.Base(), 36.0, 120.0);
        var noVehicle = fix.DeepClone().AsObject();
        noVehicle.Remove("vehicleId");
        var negativeSeq = Bodies.VehicleFix(Ids.Unique("truck"), -1, Times.Base(), 36.0, 120.0);

        var result = await _api.IngestAsync("/api/v1/ingest/vehicle-fixes", noVehicle, fix, negativeSeq);

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (0, "vehicleId"), (2, "seq"));
    }

    [Fact]
    public async Task A_bad_ais_report_is_rejected_naming_the_field()
    {
        var t = Times.Base();

        var result = await _api.IngestAsync(
            "/api/v1/ingest/ais",
            Bodies.Ais("12345678", t, 36.0, 120.0),
            Bodies.Ais(Ids.Mmsi(), t, 36.0, 120.0, imo: "9074728"),
            Bodies.Ais(Ids.Mmsi(), t, 36.0, 120.0));

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (0, "mmsi"), (1, "imo"));
    }

    [Fact]
    public async Task An_event_naming_a_container_with_a_wrong_check_digit_is_rejected_naming_the_field()
    {
        var good = Ids.Container();
        var t = Times.Base();

        var result = await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "GTIN", t, good, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "GTIN", t, Ids.WithWrongCheckDigit(Ids.Container()), unLocode: "CNTAO"));

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 1);
        Problems.AssertRejected(result, (1, "equipmentReference"));
        Assert.Contains("check digit", Json.Str(result["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_with_unknown_codes_or_a_code_of_another_type_are_rejected_naming_the_field()
    {
        var container = Ids.Container();
        var t = Times.Base();

        var result = await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "XXXX", t, container),
            Bodies.Event("EQUIPMENT", "TSTR", t, container),
            Bodies.Event("CARGO", "GTIN", t, container),
            Bodies.Event("EQUIPMENT", "GTIN", t, container: null),
            Bodies.Event("EQUIPMENT", "GTIN", t, container, classifier: "MAYBE"));

        Problems.AssertCounts(result, accepted: 0, duplicates: 0, rejected: 5);
        Problems.AssertRejected(result, (0, "eventCode"), (1, "eventCode"), (2, "eventType"), (3, "equipmentReference"), (4, "classifier"));
    }

    [Fact]
    public async Task A_fix_time_more_than_two_minutes_ahead_or_without_offset_is_rejected_naming_time()
    {
        var lockId = Ids.Unique("lock");
        var noOffset = Bodies.LockFix(lockId, 3, Times.Base(), 36.0, 120.0);
        noOffset["time"] = "2025-01-01T10:00:00";

        var result = await _api.LockFixesAsync(
            Bodies.LockFix(lockId, 1, DateTimeOffset.UtcNow.AddMinutes(1), 36.0, 120.0),
            Bodies.LockFix(lockId, 2, DateTimeOffset.UtcNow.AddMinutes(3), 36.0, 120.0),
            noOffset);

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (1, "time"), (2, "time"));
    }

    [Fact]
    public async Task An_item_with_a_field_of_the_wrong_type_is_rejected_naming_the_field()
    {
        var lockId = Ids.Unique("lock");
        var wrongType = Bodies.LockFix(lockId, 1, Times.Base(), 36.0, 120.0);
        wrongType["seq"] = "first";

        var result = await _api.LockFixesAsync(wrongType, Bodies.LockFix(lockId, 2, Times.Base(), 36.0, 120.0), JsonValue.Create(42));

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 2);
        Problems.AssertRejected(result, (0, "seq"), (2, "item"));
    }

    [Theory]
    [MemberData(nameof(AllJsonPostPaths))]
    public async Task Malformed_json_is_a_400_problem(string path)
    {
        var token = path.EndsWith("consignments", StringComparison.Ordinal) ? await _api.AdminAsync() : await _api.DeviceAsync();

        using var response = await _api.PostRawAsync(path, "[{\"lockId\": \"L1\", \"seq\": 1,,}", "application/json", token);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!.AsObject());
    }

    [Theory]
    [MemberData(nameof(AllJsonPostPaths))]
    public async Task A_wrong_content_type_is_a_415_problem(string path)
    {
        var token = path.EndsWith("consignments", StringComparison.Ordinal) ? await _api.AdminAsync() : await _api.DeviceAsync();

        using var response = await _api.PostRawAsync(path, "lockId=L1&seq=1", "application/x-www-form-urlencoded", token);

        await Problems.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(BatchPaths))]
    public async Task More_than_5000_items_is_a_413_problem(string path)
    {
        var items = new JsonArray([.. Enumerable.Range(0, 5001).Select(_ => (JsonNode)new JsonObject())]);

        using var response = await _api.PostAsync(path, items, await _api.DeviceAsync());

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("5000", Json.Str(problem["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly_5000_items_are_taken_in_one_call()
    {
        var lockId = Ids.Unique("lock");
        var t = Times.Base();
        var fixes = Enumerable.Range(1, 5000).Select(i => (JsonNode)Bodies.LockFix(lockId, i, t.AddSeconds(i), 36.0, 120.0)).ToArray();

        var result = await _api.LockFixesAsync(fixes);

        Problems.AssertCounts(result, accepted: 5000, duplicates: 0);
    }

    [Theory]
    [MemberData(nameof(BatchPaths))]
    public async Task A_body_that_is_not_an_array_is_a_400_problem_naming_body(string path)
    {
        using var response = await _api.PostAsync(path, new JsonObject { ["lockId"] = "L1" }, await _api.DeviceAsync());

        await Problems.AssertNamesFieldsAsync(response, "body");
    }

    [Fact]
    public async Task An_empty_batch_is_accepted_with_nothing_counted()
    {
        var result = await _api.LockFixesAsync();

        Problems.AssertCounts(result, accepted: 0, duplicates: 0);
    }
}
