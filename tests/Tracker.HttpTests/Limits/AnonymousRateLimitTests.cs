using System.Net;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Limits;

/// <summary>Issue 13 item 7: anonymous calls (the dev token endpoint) are budgeted per client address.</summary>
public sealed class AnonymousRateLimitTests : IAsyncLifetime
{
    private const int Burst = 3;
    private RunningHost? _host;

    public async Task InitializeAsync() =>
        _host = await RunningHost.StartInMemoryAsync("--RateLimits:Anonymous:PermitsPerSecond=0.01", $"--RateLimits:Anonymous:Burst={Burst}");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    [Fact]
    public async Task An_address_over_its_budget_gets_429_with_retry_after_and_health_is_never_limited()
    {
        using var api = new HostApi(_host!.Address);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Burst; i++)
        {
            using var response = await api.PostAsync("/api/v1/dev/token", Json.Obj(("role", "control")), token: null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Problems.AssertAsync(response, HttpStatusCode.TooManyRequests);
                Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, $"Retry-After: {response.Headers.RetryAfter}");
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // A probe must not be refused (an orchestrator would restart a healthy host).
        using var health = await api.GetAsync("/health/live", token: null);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
