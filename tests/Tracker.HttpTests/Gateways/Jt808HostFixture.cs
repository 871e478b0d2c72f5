using Microsoft.Extensions.DependencyInjection;
using Tracker.Gateways.Hosting;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Gateways;

/// <summary>An in-memory host with the JT/T 808 gateway on a free loopback port.</summary>
public sealed class Jt808HostFixture : IAsyncLifetime, IDisposable
{
    private RunningHost? _host;
    private HostApi? _api;

    public RunningHost Host => _host ?? throw new InvalidOperationException("the host has not started");

    public HostApi Api => _api ?? throw new InvalidOperationException("the host has not started");

    /// <summary>The port the gateway listens on (configured as 0, picked by Kestrel).</summary>
    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync("--Gateways:Jt808:Port=0");
        _api = new HostApi(_host.Address);
        Port = _host.Services.GetServices<GatewayListener>().Single(l => l.Name == "jt808").BoundPort
            ?? throw new InvalidOperationException("the JT/T 808 gateway is not listening");
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
