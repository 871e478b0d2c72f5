using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>
/// Customs officers see their own office's transits on the live flow views and on vessels, as REST already
/// scoped them (issue 13 item 3); control sees every office's.
/// </summary>
public sealed class OfficeScopeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private static Func<JsonObject, bool> Is(string id) => i => Json.Str(i["id"]) == id;

    private static bool Has(IEnumerable<JsonNode?> items, string id) => items.Any(i => Json.Str(i!["id"]) == id);

    private static JsonNode Item(JsonArray items, string id) => items.First(i => Json.Str(i!["id"]) == id)!;

    private async Task<(string Office, string Transit, string Lock)> RoadTransitAsync()
    {
        var (office, transit, lockId) = (Ids.Unique("office"), Ids.Unique("tr"), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(transit, Ids.Unique("tenant"), office, [Ids.Container()], [lockId]));
        return (office, transit, lockId);
    }

    [Fact]
    public async Task Customs_watching_road_sees_the_locks_and_transits_of_its_office_only_in_snapshot_and_deltas()
    {
        var x = await RoadTransitAsync();
        var y = await RoadTransitAsync();
        await using var customs = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: x.Office));
        await using var control = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());
        await customs.SubscribeAsync("road");
        await control.SubscribeAsync("road");
        var t = Times.Base();

        // Y's fix reaches control first; only then X's: a leak of Y would reach customs before X's fix.
        await _api.LockFixesAsync(Bodies.LockFix(y.Lock, 1, t, 36.2, 120.2));
        await control.DeltaAsync("road", Is($"lock:{y.Lock}"));
        await _api.LockFixesAsync(Bodies.LockFix(x.Lock, 1, t, 36.1, 120.2));
        var shown = await customs.DeltasUntilAsync("road", Is($"lock:{x.Lock}"));
        await control.DeltaAsync("road", Is($"lock:{x.Lock}"));

        Assert.False(Has(shown, $"lock:{y.Lock}") || Has(shown, $"consignment:{y.Transit}"));

        await using var fresh = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: x.Office));
        var snapshot = await fresh.SnapshotWithAsync("road", Is($"lock:{x.Lock}"));
        var ids = snapshot.Select(i => Json.Str(i!["id"])).ToList();
        Assert.Contains($"consignment:{x.Transit}", ids);
        Assert.DoesNotContain($"lock:{y.Lock}", ids);
        Assert.DoesNotContain($"consignment:{y.Transit}", ids);

        var all = await control.SnapshotWithAsync("road", Is($"lock:{y.Lock}"));
        Assert.True(Has(all, $"lock:{x.Lock}") && Has(all, $"consignment:{y.Transit}"));
    }

    [Fact]
    public async Task Customs_watching_the_overview_does_not_receive_another_offices_transit()
    {
        var x = await RoadTransitAsync();
        var y = await RoadTransitAsync();
        await using var customs = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: x.Office));
        await customs.SubscribeAsync("overview");

        await _api.LockFixesAsync(Bodies.LockFix(y.Lock, 1, Times.Base(), 36.2, 120.2));
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await _api.LockFixesAsync(Bodies.LockFix(x.Lock, 1, Times.Base(), 36.1, 120.2));
        var shown = await customs.DeltasUntilAsync("overview", Is($"lock:{x.Lock}"));

        Assert.False(Has(shown, $"lock:{y.Lock}"));
        var snapshot = await customs.SnapshotWithAsync("overview", Is($"lock:{x.Lock}"));
        Assert.False(Has(snapshot, $"lock:{y.Lock}") || Has(snapshot, $"consignment:{y.Transit}"));
    }

    /// <summary>One feeder carries a box of office X's transit and one of office Y's.</summary>
    private async Task<(string Imo, string OfficeX, string BoxX, string TransitY, string BoxY)> SharedFeederAsync()
    {
        var (imo, officeX, officeY, boxX, boxY, transitY) = (Ids.Imo(), Ids.Unique("office"), Ids.Unique("office"), Ids.Container(), Ids.Container(), Ids.Unique("tr"));
        await _api.DeclareAsync(Bodies.WaterDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), officeX, [boxX], imo));
        await _api.DeclareAsync(Bodies.WaterDeclaration(transitY, Ids.Unique("tenant"), officeY, [boxY], imo));
        var t = Times.Base();
        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "LOAD", t.AddMinutes(-30), boxX, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", t.AddMinutes(-29), boxY, vesselImo: imo, unLocode: "CNTAO"));
        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(Ids.Mmsi(), t, 36.0, 120.4, imo: imo, name: "SHARED"));
        return (imo, officeX, boxX, transitY, boxY);
    }

    [Fact]
    public async Task Customs_sees_a_vessel_on_the_water_view_with_only_its_offices_boxes_aboard()
    {
        var v = await SharedFeederAsync();
        await using var customs = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("customs", office: v.OfficeX));
        await using var control = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.ControlAsync());

        var mine = await customs.SnapshotWithAsync("water", Is($"vessel:{v.Imo}"));
        var all = await control.SnapshotWithAsync("water", Is($"vessel:{v.Imo}"));

        Assert.Equal([v.BoxX], Json.Strings(Item(mine, $"vessel:{v.Imo}")["containers"]));
        Assert.False(Has(mine, $"consignment:{v.TransitY}"));
        Assert.Equal(new[] { v.BoxX, v.BoxY }.Order(StringComparer.Ordinal), Json.Strings(Item(all, $"vessel:{v.Imo}")["containers"]).Order(StringComparer.Ordinal));

        await _api.IngestAsync("/api/v1/ingest/ais", Bodies.Ais(Ids.Mmsi(), Times.Base().AddMinutes(5), 36.05, 120.45, imo: v.Imo));
        var delta = await customs.DeltaAsync("water", Is($"vessel:{v.Imo}"));
        Assert.Equal([v.BoxX], Json.Strings(delta["containers"]));
    }

    [Fact]
    public async Task The_vessel_endpoint_lists_to_customs_only_its_offices_boxes_aboard()
    {
        var v = await SharedFeederAsync();

        var asCustoms = await _api.GetOkAsync($"/api/v1/vessels/{v.Imo}", await _api.TokenAsync("customs", office: v.OfficeX));
        var asOtherCustoms = await _api.GetOkAsync($"/api/v1/vessels/{v.Imo}", await _api.TokenAsync("customs", office: Ids.Unique("office")));
        var asControl = await _api.GetOkAsync($"/api/v1/vessels/{v.Imo}", await _api.ControlAsync());

        Assert.Equal([v.BoxX], Json.Strings(asCustoms["containersAboard"]));
        Assert.Empty(asOtherCustoms["containersAboard"]!.AsArray());
        Assert.Equal(new[] { v.BoxX, v.BoxY }.Order(StringComparer.Ordinal), Json.Strings(asControl["containersAboard"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_vessel_endpoint_lists_to_an_enterprise_its_own_boxes_aboard()
    {
        var (imo, tenant, mine, theirs) = (Ids.Imo(), Ids.Unique("tenant"), Ids.Container(), Ids.Container());
        await _api.DeclareAsync(Bodies.WaterDeclaration(Ids.Unique("tr"), tenant, Ids.Unique("office"), [mine], imo));
        await _api.DeclareAsync(Bodies.WaterDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [theirs], imo));
        await _api.EventsAsync(
            Bodies.Event("EQUIPMENT", "LOAD", Times.Base(), mine, vesselImo: imo, unLocode: "CNTAO"),
            Bodies.Event("EQUIPMENT", "LOAD", Times.Base(), theirs, vesselImo: imo, unLocode: "CNTAO"));

        var asEnterprise = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.TokenAsync("enterprise", tenant: tenant));

        Assert.Equal([mine], Json.Strings(asEnterprise["containersAboard"]));
    }

    /// <summary>Office-scoped already before issue 13; kept so, now that an office is always named (ScopeClaimTests).</summary>
    [Fact]
    public async Task Supervision_statistics_of_an_officer_count_its_own_offices_transits_only()
    {
        var x = await RoadTransitAsync();
        var y = await RoadTransitAsync();
        var officer = await _api.TokenAsync("customs", office: x.Office);

        var mine = await _api.GetOkAsync("/api/v1/stats/supervision", officer);
        using var theirs = await _api.GetAsync($"/api/v1/stats/supervision?office={y.Office}", officer);
        var all = await _api.GetOkAsync("/api/v1/stats/supervision", await _api.ControlAsync());

        Assert.Equal((x.Office, 1), (Json.Str(mine["office"]), mine["transitsSupervised"]!.GetValue<int>()));
        await Problems.AssertAsync(theirs, HttpStatusCode.Forbidden);
        Assert.True(all["transitsSupervised"]!.GetValue<int>() >= 2);
    }
}
