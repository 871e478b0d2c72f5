using Tracker.Testing.Hosts;

namespace Tracker.HttpTests;

/// <summary>One in-memory host per test class; tests keep apart by using their own ids.</summary>
public sealed class HostFixture : IAsyncLifetime, IDisposable
{
    private RunningHost? _host;
    private HostApi? _api;

    public RunningHost Host => _host ?? throw new InvalidOperationException("the host has not started");

    public HostApi Api => _api ?? throw new InvalidOperationException("the host has not started");

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync();
        _api = new HostApi(_host.Address);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    /// <summary>xunit calls it after <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => _api?.Dispose();
}
