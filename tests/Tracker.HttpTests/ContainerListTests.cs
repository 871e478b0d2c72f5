using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests;

/// <summary>"My containers": the caller's containers, scoped by role, filtered, newest consignment first, a page at a time.</summary>
public sealed class ContainerListTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Path = "/api/v1/containers";

    private readonly HostApi _api = host.Api;

    private static string[] Numbers(JsonNode page) => [.. page["items"]!.AsArray().Select(i => Json.Str(i!["number"])!)];

    [Fact]
    public async Task An_enterprise_lists_its_tenants_containers_newest_consignment_first_with_their_states()
    {
        var (tenant, older, newer) = (Ids.Unique("tenant"), Ids.Unique("tr"), Ids.Unique("sr"));
        var (a, b, c, theirs) = (Ids.Container(), Ids.Container(), Ids.Container(), Ids.Container());
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(older, tenant, Ids.Unique("office"), [a], [lockId]));
        await _api.DeclareAsync(Bodies.RailDeclaration(newer, tenant, Ids.Unique("office"), [c, b]));
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [theirs], [Ids.Unique("lock")]));
        var fixAt = Times.Base().AddMinutes(10);
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, fixAt, 36.07, 120.3));

        var page = await _api.GetOkAsync(Path, await _api.TokenAsync("enterprise", tenant: tenant));

        // Within a consignment, rows go by container number.
        Assert.Equal([.. new[] { b, c }.Order(StringComparer.Ordinal), a], Numbers(page));
        Assert.Null(page["next"]);
        var rail = page["items"]![0]!;
        Assert.Equal((newer, "RAIL", "DECLARED"), (Json.Str(rail["consignmentId"]), Json.Str(rail["mode"]), Json.Str(rail["transitStatus"])));
        Assert.Equal(("DECLARED", "unknown"), (Json.Str(rail["customs"]), Json.Str(rail["seal"])));
        Assert.Null(rail["lastFixAt"]);
        var road = page["items"]![2]!;
        Assert.Equal((older, "ROAD", "sealed"), (Json.Str(road["consignmentId"]), Json.Str(road["mode"]), Json.Str(road["seal"])));
        Assert.Equal(fixAt, Times.Parse(road["lastFixAt"]));
        Assert.True(Times.Parse(rail["declaredAt"]) >= Times.Parse(road["declaredAt"]));
    }

    [Fact]
    public async Task A_customs_officer_lists_only_the_containers_of_their_offices_transits()
    {
        var office = Ids.Unique("office");
        var (departing, arriving, elsewhere) = (Ids.Container(), Ids.Container(), Ids.Container());
        await _api.DeclareAsync(Bodies.RailDeclaration(Ids.Unique("sr"), Ids.Unique("tenant"), office, [departing]));
        await _api.DeclareAsync(Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [arriving], [Ids.Unique("lock")], destinationOffice: office));
        await _api.DeclareAsync(Bodies.RailDeclaration(Ids.Unique("sr"), Ids.Unique("tenant"), Ids.Unique("office"), [elsewhere]));

        var officer = await _api.GetOkAsync(Path, await _api.TokenAsync("customs", office: office));
        var control = await _api.GetOkAsync($"{Path}?q={elsewhere}", await _api.ControlAsync());

        Assert.Equal([arriving, departing], Numbers(officer));
        Assert.Equal([elsewhere], Numbers(control));
    }

    [Fact]
    public async Task The_list_comes_in_pages_of_50_with_next_leading_through_every_container_once()
    {
        var tenant = Ids.Unique("tenant");
        var declared = new List<string>();
        for (var i = 0; i < 26; i++)
        {
            var boxes = new[] { Ids.Container(), Ids.Container() };
            await _api.DeclareAsync(Bodies.RailDeclaration(Ids.Unique("sr"), tenant, Ids.Unique("office"), boxes));
            declared.AddRange(boxes);
        }

        var token = await _api.TokenAsync("enterprise", tenant: tenant);
        var first = await _api.GetOkAsync(Path, token);
        var second = await _api.GetOkAsync($"{Path}?page={Json.Str(first["next"])}", token);

        Assert.Equal(50, Numbers(first).Length);
        Assert.Equal(2, Numbers(second).Length);
        Assert.Null(second["next"]);
        Assert.Equal(declared.Order(StringComparer.Ordinal), Numbers(first).Concat(Numbers(second)).Order(StringComparer.Ordinal));
        var times = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => Times.Parse(i!["declaredAt"])).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task The_list_filters_by_transit_status_and_by_part_of_the_number_in_any_case()
    {
        var tenant = Ids.Unique("tenant");
        var (road, rail) = (Ids.Unique("tr"), Ids.Unique("sr"));
        var (sealedBox, declaredBox, other) = (Ids.Container(), Ids.Container(), Ids.Container());
        await _api.DeclareAsync(Bodies.RoadDeclaration(road, tenant, Ids.Unique("office"), [sealedBox], [Ids.Unique("lock")]));
        await _api.DeclareAsync(Bodies.RailDeclaration(rail, tenant, Ids.Unique("office"), [declaredBox, other]));
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", Times.Base(), sealedBox, road));
        var token = await _api.TokenAsync("enterprise", tenant: tenant);

        var sealedOnes = await _api.GetOkAsync($"{Path}?status=sealed", token);
        var found = await _api.GetOkAsync($"{Path}?q={declaredBox[3..10].ToLowerInvariant()}", token);
        var both = await _api.GetOkAsync($"{Path}?status=DECLARED&q={declaredBox[3..10]}", token);
        var none = await _api.GetOkAsync($"{Path}?status=CLOSED", token);

        Assert.Equal([sealedBox], Numbers(sealedOnes));
        Assert.Equal("SEALED", Json.Str(sealedOnes["items"]![0]!["transitStatus"]));
        Assert.Equal([declaredBox], Numbers(found));
        Assert.Equal([declaredBox], Numbers(both));
        Assert.Empty(Numbers(none));
    }

    [Fact]
    public async Task Another_tenants_containers_never_appear_whatever_the_filter()
    {
        var (mine, theirs) = (Ids.Unique("tenant"), Ids.Unique("tenant"));
        var box = Ids.Container();
        await _api.DeclareAsync(Bodies.RailDeclaration(Ids.Unique("sr"), theirs, Ids.Unique("office"), [box]));

        var byNumber = await _api.GetOkAsync($"{Path}?q={box}", await _api.TokenAsync("enterprise", tenant: mine));
        var officer = await _api.GetOkAsync($"{Path}?q={box}", await _api.TokenAsync("customs", office: Ids.Unique("office")));

        Assert.Empty(Numbers(byNumber));
        Assert.Empty(Numbers(officer));
    }

    [Theory]
    [InlineData("status=LOST", "status")]
    [InlineData("q=CSQU-305", "q")]
    [InlineData("q=%20", "q")]
    [InlineData("q=CSQU30543830", "q")]
    [InlineData("page=abc", "page")]
    [InlineData("page=MTIzNDU2Lm5vc3BhY2U", "page")]
    public async Task A_bad_filter_is_a_400_problem_naming_it(string query, string field)
    {
        using var response = await _api.GetAsync($"{Path}?{query}", await _api.ControlAsync());

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_device_may_not_list_containers()
    {
        using var response = await _api.GetAsync(Path, await _api.DeviceAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
