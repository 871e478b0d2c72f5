using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Security;

/// <summary>
/// One in-memory host for a class of security tests, with two parties seeded through the API (A: tenant A, office X,
/// terminal FA; B: tenant B, office Y, terminal FB) and a box that B shipped before A.
/// </summary>
public sealed class SecurityHost : IAsyncLifetime, IDisposable
{
    /// <summary>High enough that no test here meets the rate limiter (RateLimitOptions: one bucket per kind of caller).</summary>
    public static readonly string[] Unlimited =
    [
        "--RateLimits:Device:PermitsPerSecond=100000000",
        "--RateLimits:Device:Burst=100000000",
        "--RateLimits:Tenant:PermitsPerSecond=100000000",
        "--RateLimits:Tenant:Burst=100000000",
        "--RateLimits:Office:PermitsPerSecond=100000000",
        "--RateLimits:Office:Burst=100000000",
        "--RateLimits:User:PermitsPerSecond=100000000",
        "--RateLimits:User:Burst=100000000",
        "--RateLimits:Anonymous:PermitsPerSecond=100000000",
        "--RateLimits:Anonymous:Burst=100000000",
        "--RateLimits:Hub:PermitsPerSecond=100000000",
        "--RateLimits:Hub:Burst=100000000",
    ];

    private RunningHost? _host;
    private HostApi? _api;

    public HostApi Api => _api ?? throw new InvalidOperationException("the host has not started");

    public Uri Address => Api.BaseAddress;

    public Party A { get; private set; } = null!;

    public Party B { get; private set; } = null!;

    /// <summary>The box B's tenant shipped (and closed), then A's.</summary>
    public (string Box, string Earlier, string Later) Shared { get; private set; }

    /// <summary>Every endpoint the host routes.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. _host!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    public Task<string?> TokenAsync(string caller) => Callers.TokenAsync(Api, caller, A, B);

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync(Unlimited);
        _api = new HostApi(_host.Address);
        var seeded = await Task.WhenAll(Party.SeedAsync(_api, "A"), Party.SeedAsync(_api, "B"));
        (A, B) = (seeded[0], seeded[1]);
        Shared = await Party.ShareBoxAsync(_api, B, A);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    public void Dispose() => _api?.Dispose();
}
