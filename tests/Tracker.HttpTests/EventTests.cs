using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>DCSA-style events: the container timeline, and events the transit lifecycle refuses.</summary>
public sealed class EventTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task The_timeline_is_oldest_first_whatever_order_the_events_arrive_in()
    {
        var container = Ids.Container();
        var t = Times.Base();
        var imo = Ids.Imo();

        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "LOAD", t.AddHours(2), container, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"));
        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "DISC", t.AddHours(30), container, vesselImo: imo, unLocode: "SGSIN", classifier: "EST"),
            Bodies.Event("EQUIPMENT", "CUSR", t.AddHours(1), container, unLocode: "CNTAO"));

        var view = await _api.ContainerAsync(container);

        var timeline = view["timeline"]!.AsArray();
        Assert.Equal(["GTIN", "CUSR", "LOAD", "DISC"], timeline.Select(m => Json.Str(m!["code"])));
        Assert.Equal(
            [t, t.AddHours(1), t.AddHours(2), t.AddHours(30)],
            timeline.Select(m => Times.Parse(m!["time"])));
        Assert.Equal("EST", Json.Str(timeline[3]!["classifier"]));
    }

    [Fact]
    public async Task Estimated_events_go_on_the_timeline_but_do_not_change_the_container_state()
    {
        var container = Ids.Container();
        var t = Times.Base();

        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddHours(10), container, vesselImo: Ids.Imo(), unLocode: "CNTAO", classifier: "PLN"));

        var view = await _api.ContainerAsync(container);

        Assert.Equal(2, view["timeline"]!.AsArray().Count);
        Assert.Equal("GTIN", Json.Str(view["terminal"]!["lastCode"]));
        Assert.Null(view["terminal"]!["loadedAt"]);
        Assert.Null(view["carrier"]);
    }

    [Fact]
    public async Task An_event_that_breaks_the_transit_lifecycle_is_rejected_with_a_reason_and_is_not_on_the_timeline()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();
        var close = Bodies.Event("TRANSIT", "TCLS", t, container, id);
        var gateIn = Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO");

        var result = await _api.EventsAsync(gateIn, close);

        Problems.AssertCounts(result, accepted: 1, duplicates: 0, rejected: 1);
        Problems.AssertRejected(result, (1, "eventCode"));
        Assert.Contains("cannot close", Json.Str(result["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);

        var view = await _api.ContainerAsync(container);
        Assert.Equal(["GTIN"], view["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])));
        Assert.DoesNotContain(Json.Str(close["eventId"]), view["timeline"]!.AsArray().Select(m => Json.Str(m!["eventId"])));
        Assert.Equal("DECLARED", Json.Str((await _api.ConsignmentAsync(id))["status"]));
    }

    [Fact]
    public async Task Departing_before_sealing_is_rejected_and_the_status_stays_declared()
    {
        var (id, container, _) = await DeclareAsync();

        var result = await _api.EventsAsync(Bodies.Event("TRANSIT", "TSTR", Times.Base(), container, id));

        Problems.AssertRejected(result, (0, "eventCode"));
        Assert.Contains("sealed first", Json.Str(result["rejected"]![0]!["problem"]!["detail"]), StringComparison.Ordinal);
        var consignment = await _api.ConsignmentAsync(id);
        Assert.Equal("DECLARED", Json.Str(consignment["status"]));
        Assert.Single(consignment["history"]!.AsArray());
    }

    [Fact]
    public async Task An_event_for_an_undeclared_consignment_is_rejected_naming_consignmentId()
    {
        var container = Ids.Container();

        var result = await _api.EventsAsync(Bodies.Event("TRANSIT", "TSTR", Times.Base(), container, Ids.Unique("nothing")));

        Problems.AssertCounts(result, accepted: 0, duplicates: 0, rejected: 1);
        Problems.AssertRejected(result, (0, "consignmentId"));
        using var response = await _api.GetAsync($"/api/v1/containers/{container}", await _api.ControlAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Re_sending_the_same_events_reports_duplicates_and_leaves_the_timeline_unchanged()
    {
        var (id, container, _) = await DeclareAsync();
        var t = Times.Base();
        JsonNode[] batch =
        [
            Bodies.Event("EQUIPMENT", "GTIN", t, container, unLocode: "CNTAO"),
            Bodies.Event("SEAL", "SEAL", t.AddMinutes(5), container, id),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, id),
        ];

        Problems.AssertCounts(await _api.EventsAsync(batch), accepted: 3, duplicates: 0);
        var before = await _api.ContainerAsync(container);
        var consignmentBefore = await _api.ConsignmentAsync(id);

        Problems.AssertCounts(await _api.EventsAsync(batch), accepted: 0, duplicates: 3);

        var after = await _api.ContainerAsync(container);
        Assert.Equal(3, after["timeline"]!.AsArray().Count);
        Assert.Equal(before["timeline"]!.ToJsonString(), after["timeline"]!.ToJsonString());
        var consignmentAfter = await _api.ConsignmentAsync(id);
        Assert.Equal("DEPARTED", Json.Str(consignmentAfter["status"]));
        Assert.Equal(consignmentBefore["history"]!.ToJsonString(), consignmentAfter["history"]!.ToJsonString());
    }

    [Fact]
    public async Task The_same_eventId_twice_in_one_batch_counts_once()
    {
        var container = Ids.Container();
        var gateIn = Bodies.Event("EQUIPMENT", "GTIN", Times.Base(), container, unLocode: "CNTAO");

        var result = await _api.EventsAsync(gateIn, gateIn);

        Problems.AssertCounts(result, accepted: 1, duplicates: 1);
        Assert.Single((await _api.ContainerAsync(container))["timeline"]!.AsArray());
    }

    [Fact]
    public async Task Seal_events_set_the_seal_state_of_a_container()
    {
        var container = Ids.Container();
        var t = Times.Base();

        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container));
        Assert.Equal("sealed", Json.Str((await _api.ContainerAsync(container))["seal"]!["state"]));

        await _api.EventsAsync(Bodies.Event("SEAL", "TAMP", t.AddMinutes(30), container), Bodies.Event("SEAL", "BATL", t.AddMinutes(31), container));
        var seal = (await _api.ContainerAsync(container))["seal"]!;
        Assert.Equal("tampered", Json.Str(seal["state"]));
        Assert.True(seal["batteryLow"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Customs_events_set_the_customs_state_of_a_container()
    {
        var container = Ids.Container();
        var t = Times.Base();

        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "CUSS", t, container, unLocode: "CNTAO"));
        Assert.Equal("SCAN", Json.Str((await _api.ContainerAsync(container))["customs"]!["summary"]));

        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "CUSR", t.AddHours(1), container, unLocode: "CNTAO"));
        var customs = (await _api.ContainerAsync(container))["customs"]!;
        Assert.Equal("RELEASED", Json.Str(customs["summary"]));
        Assert.Equal(t.AddHours(1), Times.Parse(customs["releasedAt"]));
    }

    private async Task<(string Id, string Container, string LockId)> DeclareAsync()
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        return (id, container, lockId);
    }
}
