using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests.Limits;

/// <summary>
/// Issue 13 item 7: each device, tenant, office and user has its own budget of calls; the call over
/// it is a 429 problem with Retry-After, and nobody else's budget is touched.
/// </summary>
public sealed class RateLimitTests(LimitedHostFixture host) : IClassFixture<LimitedHostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task A_device_over_its_budget_gets_429_with_retry_after_and_a_reader_is_not_slowed()
    {
        var device = await _api.DeviceAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= LimitedHostFixture.Burst && refused is null; i++)
        {
            var response = await _api.PostAsync("/api/v1/ingest/lock-fixes", Json.Arr(Bodies.LockFix(Ids.Unique("lock"), 1, Times.Base(), 36.0, 120.0)), device);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.True(refused is not null, $"no 429 after {statuses.Count} calls: {string.Join(", ", statuses)}");
        using (refused)
        {
            await Problems.AssertAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, $"Retry-After: {refused.Headers.RetryAfter}");
        }

        // The control room reads on its own budget.
        using var read = await _api.GetAsync("/api/v1/alerts", await _api.ControlAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_tenant_over_its_budget_gets_429_and_another_tenant_still_reads()
    {
        var a = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));
        var b = await _api.TokenAsync("enterprise", tenant: Ids.Unique("tenant"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LimitedHostFixture.Burst; i++)
        {
            using var response = await _api.GetAsync("/api/v1/consignments", a);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await _api.GetAsync("/api/v1/consignments", b);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_customs_office_over_its_budget_gets_429_and_another_office_still_reads()
    {
        var x = await _api.TokenAsync("customs", office: Ids.Unique("office"));
        var y = await _api.TokenAsync("customs", office: Ids.Unique("office"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LimitedHostFixture.Burst; i++)
        {
            using var response = await _api.GetAsync("/api/v1/consignments", x);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await _api.GetAsync("/api/v1/consignments", y);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_hub_connection_over_its_call_budget_is_refused_with_a_hub_error()
    {
        // The admin user's HTTP budget is its own; the hub counts calls per connection.
        await using var live = await LiveClient.ConnectAsync(host.Address, await _api.TokenAsync("admin"));
        for (var i = 0; i < LimitedHostFixture.Burst; i++)
        {
            await live.SubscribeAsync("overview");
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("overview"));
        Assert.Contains("Too many", refused.Message, StringComparison.Ordinal);
    }
}
