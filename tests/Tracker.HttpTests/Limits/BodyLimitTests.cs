using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Limits;

/// <summary>
/// Issue 13 item 7: bodies are bounded before they are parsed, and what is refused is a problem
/// naming what was too large, never a parse error of the part the host should not have read.
/// </summary>
public sealed class BodyLimitTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Theory]
    [InlineData("/api/v1/ingest/lock-fixes")]
    [InlineData("/api/v1/events")]
    public async Task A_batch_over_the_cap_is_refused_at_its_first_item_too_many_without_reading_the_rest(string path)
    {
        // 5,000 items, then 45,000 that are not even JSON: a reader that parsed the whole body
        // would answer "not valid JSON"; one that stops at item 5,001 names the item count.
        var body = new StringBuilder("[");
        body.AppendJoin(',', Enumerable.Repeat("{}", 5001));
        body.Append(',').AppendJoin(',', Enumerable.Repeat("{not json", 45_000)).Append(']');

        using var response = await _api.PostRawAsync(path, body.ToString(), "application/json", await _api.DeviceAsync());

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(problem["errors"]?["items"] is JsonArray { Count: > 0 }, problem.ToJsonString());
        Assert.Contains("5000", Json.Str(problem["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_body_over_its_size_limit_is_a_413_problem()
    {
        // An empty array padded with white space past the ingest limit (16 MiB): valid JSON, no item. With
        // "Expect: 100-continue" the client waits for the host's verdict on the declared length before sending it.
        var body = "[" + new string(' ', 17 * 1024 * 1024) + "]";
        using var http = new HttpClient { BaseAddress = _api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/lock-fixes")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await _api.DeviceAsync());

        using var response = await http.SendAsync(request);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(problem["errors"]?["body"] is JsonArray { Count: > 0 }, problem.ToJsonString());
    }

    [Fact]
    public async Task A_declaration_body_over_the_default_size_limit_is_a_413_problem()
    {
        // 2 MiB in one field: far more than any declaration, which the default 1 MiB limit covers.
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), "CNQDG", [Ids.Container()], [Ids.Unique("lock")]);
        declaration["vehicleId"] = new string('x', 2 * 1024 * 1024);

        using var response = await _api.PostAsync("/api/v1/consignments", declaration, await _api.AdminAsync());

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.True(problem["errors"]?["body"] is JsonArray { Count: > 0 }, problem.ToJsonString());
    }
}
