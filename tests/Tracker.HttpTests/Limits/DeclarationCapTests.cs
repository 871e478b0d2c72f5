using System.Net;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Limits;

/// <summary>Issue 13 item 7: every list of a declaration has a cap no real transit reaches, refused naming the field.</summary>
public sealed class DeclarationCapTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task More_locks_than_the_cap_is_a_problem_naming_locks()
    {
        var container = Ids.Container();
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), "CNQDG", [container], [Ids.Unique("lock")]);
        declaration["locks"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => (JsonNode)Json.Obj(("lockId", $"cap-lock-{i}"), ("container", container)))]);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "locks");
    }

    [Fact]
    public async Task A_lock_named_twice_is_still_refused_naming_the_second()
    {
        var containers = new[] { Ids.Container(), Ids.Container() };
        var twice = Ids.Unique("lock");
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), "CNQDG", containers, [twice, twice]);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "locks[1].lockId");
    }

    [Fact]
    public async Task A_container_named_twice_is_still_refused_naming_the_second()
    {
        var container = Ids.Container();
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), "CNQDG", [container, container], [Ids.Unique("lock"), Ids.Unique("lock")]);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "containers[1]");
    }

    [Fact]
    public async Task More_path_points_than_the_cap_is_a_problem_naming_the_path()
    {
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), "CNQDG", [Ids.Container()], [Ids.Unique("lock")]);
        declaration["corridor"]!["path"] = new JsonArray([.. Enumerable.Range(0, 10_001).Select(i => (JsonNode)Json.Arr(120.0 + (i * 1e-5), 36.0))]);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, await _api.AdminAsync());

        await Problems.AssertNamesFieldsAsync(response, "corridor.path");
    }
}
