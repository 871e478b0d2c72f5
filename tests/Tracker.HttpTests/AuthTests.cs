using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests;

/// <summary>Who may call what, and that what one may not see answers exactly like what does not exist.</summary>
public sealed class AuthTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    public static TheoryData<string> ReadPaths =>
        ["/api/v1/consignments", "/api/v1/consignments/any-id", "/api/v1/consignments/any-id/track", "/api/v1/containers/CSQU3054383", "/api/v1/vessels/9074729"];

    public static TheoryData<string> IngestPaths =>
        ["/api/v1/ingest/lock-fixes", "/api/v1/ingest/vehicle-fixes", "/api/v1/ingest/ais", "/api/v1/events"];

    [Theory]
    [MemberData(nameof(ReadPaths))]
    public async Task Reading_without_a_token_is_401(string path)
    {
        using var response = await _api.GetAsync(path, token: null);

        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(IngestPaths))]
    public async Task Posting_without_a_token_or_with_a_forged_one_is_401(string path)
    {
        var forged = await _api.DeviceAsync();
        forged = forged[..^4] + (forged.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var anonymous = await _api.PostAsync(path, new JsonArray(), token: null);
        using var withForged = await _api.PostAsync(path, new JsonArray(), forged);

        await Problems.AssertAsync(anonymous, HttpStatusCode.Unauthorized);
        await Problems.AssertAsync(withForged, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Declaring_without_a_token_is_401()
    {
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, token: null);

        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ReadPaths))]
    public async Task A_device_token_on_a_read_endpoint_is_403(string path)
    {
        using var response = await _api.GetAsync(path, await _api.DeviceAsync());

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("control")]
    [InlineData("enterprise")]
    [InlineData("customs")]
    public async Task Only_devices_and_admins_may_ingest(string role)
    {
        var token = await _api.TokenAsync(role, tenant: role == "enterprise" ? Ids.Unique("tenant") : null, office: role == "customs" ? Ids.Unique("office") : null);

        using var response = await _api.PostAsync("/api/v1/ingest/lock-fixes", Json.Arr(Bodies.LockFix(Ids.Unique("lock"), 1, Times.Base(), 36, 120)), token);

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("control")]
    [InlineData("device")]
    public async Task Only_customs_and_admins_may_declare(string role)
    {
        var tenant = Ids.Unique("tenant");
        var id = Ids.Unique("tr");
        var token = await _api.TokenAsync(role, tenant: role == "enterprise" ? tenant : null);

        using var response = await _api.PostAsync("/api/v1/consignments", Bodies.RoadDeclaration(id, tenant, Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]), token);

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
        using var missing = await _api.GetAsync($"/api/v1/consignments/{id}", await _api.ControlAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Customs_declaring_for_a_foreign_office_is_a_403_problem_and_declares_nothing()
    {
        var id = Ids.Unique("tr");
        var token = await _api.TokenAsync("customs", office: Ids.Unique("office"));

        using var response = await _api.PostAsync("/api/v1/consignments", Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]), token);

        await Problems.AssertAsync(response, HttpStatusCode.Forbidden);
        using var missing = await _api.GetAsync($"/api/v1/consignments/{id}", await _api.ControlAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Customs_may_declare_for_their_own_departure_or_supervising_office()
    {
        var office = Ids.Unique("office");
        var token = await _api.TokenAsync("customs", office: office);
        var supervised = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container()], [Ids.Unique("lock")]);
        supervised["supervisingOffice"] = office;

        using var departing = await _api.PostAsync("/api/v1/consignments", Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), office, [Ids.Container()], [Ids.Unique("lock")]), token);
        using var supervising = await _api.PostAsync("/api/v1/consignments", supervised, token);

        Assert.Equal(HttpStatusCode.Created, departing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, supervising.StatusCode);
    }

    [Fact]
    public async Task Enterprise_gets_404_for_another_tenants_container_and_consignment()
    {
        var (id, container) = await DeclareAsync(Ids.Unique("tenant"), Ids.Unique("office"));
        var stranger = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));

        using var containerResponse = await _api.GetAsync($"/api/v1/containers/{container}", stranger);
        using var consignmentResponse = await _api.GetAsync($"/api/v1/consignments/{id}", stranger);
        using var trackResponse = await _api.GetAsync($"/api/v1/consignments/{id}/track", stranger);

        await AssertNotFoundWithoutDataAsync(containerResponse);
        await AssertNotFoundWithoutDataAsync(consignmentResponse);
        await AssertNotFoundWithoutDataAsync(trackResponse);
    }

    [Fact]
    public async Task Enterprise_sees_its_own_container_and_consignment()
    {
        var tenant = Ids.Unique("tenant");
        var (id, container) = await DeclareAsync(tenant, Ids.Unique("office"));
        var owner = await _api.TokenAsync("enterprise", tenant: tenant);

        Assert.Equal(container, Json.Str((await _api.GetOkAsync($"/api/v1/containers/{container}", owner))["number"]));
        Assert.Equal(id, Json.Str((await _api.GetOkAsync($"/api/v1/consignments/{id}", owner))["id"]));
        await _api.GetOkAsync($"/api/v1/consignments/{id}/track", owner);
    }

    [Fact]
    public async Task Enterprise_sees_only_its_own_consignments_on_a_shared_container()
    {
        var mine = Ids.Unique("tenant");
        var container = Ids.Container();
        var myTransit = Ids.Unique("tr");
        var theirTransit = Ids.Unique("tr");
        await _api.DeclareAsync(Bodies.RoadDeclaration(myTransit, mine, Ids.Unique("office"), [container], [Ids.Unique("lock")]));

        // A box is in one open transit at a time: mine closes before theirs is declared.
        var t = Times.Base();
        await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t, container, myTransit),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, myTransit),
            Bodies.Event("TRANSIT", "TEND", t.AddHours(1), container, myTransit),
            Bodies.Event("SEAL", "UNSL", t.AddHours(1).AddMinutes(5), container, myTransit),
            Bodies.Event("TRANSIT", "TCLS", t.AddHours(1).AddMinutes(10), container, myTransit));
        await _api.DeclareAsync(Bodies.RailDeclaration(theirTransit, Ids.Unique("tenant"), Ids.Unique("office"), [container]));

        var view = await _api.GetOkAsync($"/api/v1/containers/{container}", await _api.TokenAsync("enterprise", tenant: mine));

        Assert.Equal([myTransit], view["consignments"]!.AsArray().Select(c => Json.Str(c!["consignmentId"])));
        Assert.DoesNotContain(theirTransit, view.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprise_does_not_see_the_load_list_of_a_vessel()
    {
        var imo = Ids.Imo();
        var container = Ids.Container();
        await _api.EventsAsync(Bodies.Event("EQUIPMENT", "LOAD", Times.Base(), container, vesselImo: imo, unLocode: "CNTAO"));

        var asControl = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.ControlAsync());
        var asEnterprise = await _api.GetOkAsync($"/api/v1/vessels/{imo}", await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant")));

        Assert.Equal([container], Json.Strings(asControl["containersAboard"]));
        Assert.Empty(asEnterprise["containersAboard"]!.AsArray());
    }

    [Fact]
    public async Task Customs_of_an_unrelated_office_gets_404_and_of_a_related_office_sees_it()
    {
        var departure = Ids.Unique("office");
        var destination = Ids.Unique("office");
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), departure, [container], [Ids.Unique("lock")], destinationOffice: destination));
        var unrelated = await _api.TokenAsync("customs", office: Ids.Unique("office"));
        var atDestination = await _api.TokenAsync("customs", office: destination);

        using var containerResponse = await _api.GetAsync($"/api/v1/containers/{container}", unrelated);
        using var consignmentResponse = await _api.GetAsync($"/api/v1/consignments/{id}", unrelated);

        await AssertNotFoundWithoutDataAsync(containerResponse);
        await AssertNotFoundWithoutDataAsync(consignmentResponse);
        await _api.GetOkAsync($"/api/v1/containers/{container}", atDestination);
        await _api.GetOkAsync($"/api/v1/consignments/{id}", atDestination);
    }

    [Fact]
    public async Task A_hidden_container_answers_exactly_like_one_that_does_not_exist()
    {
        var (_, container) = await DeclareAsync(Ids.Unique("tenant"), Ids.Unique("office"));
        var stranger = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));
        var neverSeen = Ids.Container();

        using var hidden = await _api.GetAsync($"/api/v1/containers/{container}", stranger);
        using var missing = await _api.GetAsync($"/api/v1/containers/{neverSeen}", stranger);

        var hiddenProblem = await Problems.AssertAsync(hidden, HttpStatusCode.NotFound);
        var missingProblem = await Problems.AssertAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal(Json.Str(missingProblem["title"]), Json.Str(hiddenProblem["title"]));
        Assert.Equal(Json.Str(missingProblem["detail"])!.Replace(neverSeen, "#", StringComparison.Ordinal), Json.Str(hiddenProblem["detail"])!.Replace(container, "#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"role\":\"king\"}", "role")]
    [InlineData("{\"role\":\"enterprise\"}", "tenant")]
    [InlineData("{\"role\":\"customs\"}", "office")]
    [InlineData("{\"role\":\"customs\",\"office\":\"no spaces\"}", "office")]
    public async Task The_dev_token_endpoint_refuses_a_bad_request_naming_the_field(string body, string field)
    {
        using var response = await _api.PostRawAsync("/api/v1/dev/token", body, "application/json", token: null);

        await Problems.AssertNamesFieldsAsync(response, field);
    }

    [Fact]
    public async Task Health_needs_no_token()
    {
        using var live = await _api.GetAsync("/health/live", token: null);
        using var ready = await _api.GetAsync("/health/ready", token: null);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_needs_no_token()
    {
        var document = await Json.ReadAsync(await _api.GetAsync("/openapi/v1.json", token: null));

        Assert.NotNull(document["paths"]?["/api/v1/consignments"]);
        Assert.NotNull(document["paths"]?["/api/v1/ingest/lock-fixes"]);
    }

    [Fact]
    public async Task Without_dev_tokens_there_is_no_token_endpoint_and_dev_tokens_are_refused()
    {
        var devToken = await _api.ControlAsync();
        await using var production = await RunningHost.StartAsync(
            "--Storage:Provider=Memory", "--Auth:DevTokens=false", "--Auth:SigningKey=a-production-signing-key-of-at-least-32-characters");
        using var productionApi = new HostApi(production.Address);

        using var tokenResponse = await productionApi.PostAsync("/api/v1/dev/token", Json.Obj(("role", "admin")), token: null);
        using var withDevToken = await productionApi.GetAsync("/api/v1/consignments", devToken);

        Assert.Equal(HttpStatusCode.NotFound, tokenResponse.StatusCode);
        await Problems.AssertAsync(withDevToken, HttpStatusCode.Unauthorized);
    }

    private async Task<(string Id, string Container)> DeclareAsync(string tenant, string office)
    {
        var id = Ids.Unique("tr");
        var container = Ids.Container();
        var lockId = Ids.Unique("lock");
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, tenant, office, [container], [lockId]));
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, Times.Base(), 36.07, 120.30));
        return (id, container);
    }

    private static async Task AssertNotFoundWithoutDataAsync(HttpResponseMessage response)
    {
        var problem = await Problems.AssertAsync(response, HttpStatusCode.NotFound);
        var text = problem.ToJsonString();
        Assert.DoesNotContain("36.07", text, StringComparison.Ordinal);
        Assert.DoesNotContain("timeline", text, StringComparison.Ordinal);
        Assert.DoesNotContain("locks", text, StringComparison.Ordinal);
        Assert.True(problem["number"] is null && problem["tenant"] is null, text);
    }
}
