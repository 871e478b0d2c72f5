using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace Tracker.HttpTests.Security;

/// <summary>
/// Issue 13 item 8: every route the host registers meets every caller, and answers as <see cref="EndpointTable"/> says.
/// The routes come from the host's <see cref="EndpointDataSource"/>, so a new endpoint without a row, or without an
/// authorization policy, fails here before it ships.
/// </summary>
public sealed class EndpointMatrixTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    /// <summary>"GET /api/v1/consignments/{id}"; a route with no method metadata (a hub's transports) is "ANY".</summary>
    public static string KeyOf(RouteEndpoint endpoint, string method) => $"{method} {endpoint.RoutePattern.RawText}";

    public static IReadOnlyList<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : ["ANY"];

    private IEnumerable<(RouteEndpoint Endpoint, string Method, string Key)> Routes() =>
        host.Endpoints.SelectMany(e => MethodsOf(e).Select(m => (e, m, KeyOf(e, m)))).DistinctBy(r => r.Item3);

    [Fact]
    public void Every_registered_route_has_a_row_and_every_row_a_route()
    {
        var keys = Routes().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var missing = keys.Where(k => !EndpointTable.Rows.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = EndpointTable.Rows.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "routes without a row in EndpointTable (decide who may call them):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "rows of EndpointTable without a route:\n" + string.Join("\n", stale));
        Assert.All(EndpointTable.Rows, r => Assert.Equal(Callers.All.Count, r.Value.Length));
    }

    [Fact]
    public void Every_route_states_its_authorization()
    {
        var unstated = Routes()
            .Where(r => r.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0 && r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(r => r.Key)
            .ToList();
        Assert.True(unstated.Count == 0, "routes with neither an authorization policy nor an explicit AllowAnonymous:\n" + string.Join("\n", unstated));
    }

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_table_says()
    {
        var calls = Routes()
            .Where(r => EndpointTable.Rows.ContainsKey(r.Key))
            .SelectMany(r => Callers.All.Select((caller, column) => (r.Endpoint, r.Method, r.Key, Caller: caller, Expected: EndpointTable.Rows[r.Key][column])))
            .ToList();

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 16 }) { BaseAddress = host.Address };
        var results = await Task.WhenAll(calls.Select(async c =>
        {
            using var request = await RequestAsync(c.Endpoint, c.Method, c.Caller);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var body = await BodyOfAsync(response);
            return (c.Key, c.Caller, c.Expected, Status: response.StatusCode, Body: body);
        }));

        var wrong = results
            .Where(r => !Expect.Matches(r.Expected, r.Status))
            .Select(r => $"{r.Key} as {r.Caller}: expected {Expect.Describe(r.Expected)}, got {(int)r.Status} {Truncate(r.Body)}")
            .ToList();
        output.WriteLine($"{results.Length} calls, {results.Select(r => r.Key).Distinct().Count()} routes x {Callers.All.Count} callers");
        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {results.Length} calls answered against the matrix:\n" + string.Join("\n", wrong));
    }

    private async Task<HttpRequestMessage> RequestAsync(RouteEndpoint endpoint, string method, string caller)
    {
        var path = Fill(endpoint.RoutePattern.RawText!);
        // A route of any method is asked with GET, but for the hub's negotiation, which only takes POST.
        var verb = method != "ANY" ? method : path.EndsWith("/negotiate", StringComparison.Ordinal) ? "POST" : "GET";
        var request = new HttpRequestMessage(new HttpMethod(verb), path);
        if (await host.TokenAsync(caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put)
        {
            request.Content = path == "/api/v1/ingest/nmea"
                ? new StringContent(Simulator.Protocols.Nmea.NmeaSentences.Wrap(Simulator.Protocols.Nmea.AisEncoder.ClassA(
                    new(uint.Parse(Ids.Mmsi(), System.Globalization.CultureInfo.InvariantCulture), 36.0, 121.0)))[0], Encoding.UTF8, "text/plain")
                : new StringContent(Body(path).ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>The route's parameters named by party A's objects: which object an {id} is depends on the segment before it.</summary>
    private string Fill(string pattern)
    {
        var a = host.A;
        var path = pattern
            .Replace("/consignments/{id}", $"/consignments/{a.Road}", StringComparison.Ordinal)
            .Replace("/alerts/{id}", $"/alerts/{a.Alert}", StringComparison.Ordinal)
            .Replace("/arrival-deletions/{id}", $"/arrival-deletions/{a.Deletion}", StringComparison.Ordinal)
            .Replace("/devices/{id}", "/devices/13800000001", StringComparison.Ordinal)
            .Replace("{number}", a.RoadBox, StringComparison.Ordinal)
            .Replace("{imo}", a.FeederImo, StringComparison.Ordinal)
            .Replace("{attachmentId}", "att-1", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{documentName?}", "", StringComparison.Ordinal)
            .Replace("{page:int}", "0", StringComparison.Ordinal)
            .Replace("{*grainName}", "liveindex", StringComparison.Ordinal)
            .Replace("{*path}", "x", StringComparison.Ordinal)
            .Replace("{**path}", "x", StringComparison.Ordinal)
            .Replace("{*address}", "127.0.0.1:1@1", StringComparison.Ordinal);
        Assert.DoesNotContain("{", path);
        return path;
    }

    /// <summary>A minimal valid body, so that authorisation decides and not validation; fresh ids, so that callers do not collide.</summary>
    private JsonNode Body(string path)
    {
        var a = host.A;
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        return path switch
        {
            "/api/v1/ingest/lock-fixes" => Json.Arr(Bodies.LockFix(Ids.Unique("sec-lock"), 1, now, 36.0, 120.0)),
            "/api/v1/ingest/vehicle-fixes" => Json.Arr(Bodies.VehicleFix(Ids.Unique("sec-truck"), 1, now, 36.0, 120.0)),
            "/api/v1/ingest/ais" => Json.Arr(Bodies.Ais(Ids.Mmsi(), now, 36.0, 121.0)),
            "/api/v1/events" => Json.Arr(Bodies.Event("EQUIPMENT", "GTIN", now, Ids.Container())),
            "/api/v1/consignments/" => Bodies.RoadDeclaration(Ids.Unique("sec-decl"), a.Tenant, a.Office, [Ids.Container()], [Ids.Unique("sec-lock")]),
            "/api/v1/arrival-deletions/" => Json.Obj(("container", a.RailBox), ("reason", "matrix")),
            "/api/v1/devices/" => Json.Obj(("terminalId", $"139{Random.Shared.NextInt64(10_000_000, 99_999_999)}"), ("protocol", "JT808"), ("lockId", Ids.Unique("sec-lock"))),
            "/api/v1/dev/token" => Json.Obj(("role", "control")),
            _ when path.EndsWith("/resolve", StringComparison.Ordinal) => Json.Obj(("disposition", "JUSTIFIED"), ("note", "matrix")),
            _ => Json.Obj(("note", "matrix")),
        };
    }

    /// <summary>The body, or what came of it in a few seconds: the dashboard's trace streams for as long as it is read.</summary>
    private static async Task<string> BodyOfAsync(HttpResponseMessage response)
    {
        using var cut = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            return await response.Content.ReadAsStringAsync(cut.Token);
        }
        catch (OperationCanceledException)
        {
            return "(a stream)";
        }
    }

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
