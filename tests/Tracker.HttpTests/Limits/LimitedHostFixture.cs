using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Limits;

/// <summary>
/// A host whose rate limits are tiny and refill once in 100 s, so that a test spends a partition's
/// burst in a few calls and the next one is refused however slowly the machine runs. Anonymous calls
/// (the dev token endpoint the tests mint tokens with) keep the generous default.
/// </summary>
public sealed class LimitedHostFixture : IAsyncLifetime, IDisposable
{
    public const int Burst = 3;

    private RunningHost? _host;
    private HostApi? _api;

    public HostApi Api => _api ?? throw new InvalidOperationException("the host has not started");

    public Uri Address => _host?.Address ?? throw new InvalidOperationException("the host has not started");

    public async Task InitializeAsync()
    {
        string[] kinds = ["Device", "Tenant", "Office", "User", "Hub"];
        _host = await RunningHost.StartInMemoryAsync(
        [
            .. kinds.Select(k => $"--RateLimits:{k}:PermitsPerSecond=0.01"),
            .. kinds.Select(k => $"--RateLimits:{k}:Burst={Burst}"),
        ]);
        _api = new HostApi(_host.Address);
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
