using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Silo.Hosting;

namespace Tracker.HttpTests;

/// <summary>
/// A real Tracker process in miniature: the Orleans silo and the API co-hosted by
/// <see cref="TrackerHost.Build"/>, listening through Kestrel on a loopback port.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private RunningHost(WebApplication app, Uri address)
    {
        _app = app;
        Api = new Api(address);
    }

    public Api Api { get; }

    /// <summary>Starts a host on free ports; <paramref name="storageArgs"/> choose the storage provider.</summary>
    public static async Task<RunningHost> StartAsync(params string[] storageArgs)
    {
        var (siloPort, gatewayPort) = FreePorts.Pair();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Auth:DevTokens=true",
            "--Simulator:Enabled=false",
            $"--Orleans:SiloPort={siloPort}",
            $"--Orleans:GatewayPort={gatewayPort}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            .. storageArgs,
        ];
        var app = TrackerHost.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address));
    }

    public static Task<RunningHost> StartInMemoryAsync() => StartAsync("--Storage:Provider=Memory");

    public static Task<RunningHost> StartOnFilesAsync(string root) => StartAsync("--Storage:Provider=File", $"--Storage:Root={root}");

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        Api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

/// <summary>One in-memory host per test class; tests keep apart by using their own ids.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private RunningHost? _host;

    public Api Api => _host?.Api ?? throw new InvalidOperationException("the host has not started");

    public async Task InitializeAsync() => _host = await RunningHost.StartInMemoryAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }
}

/// <summary>Ports for the silo and gateway; never the same one twice within this test run.</summary>
internal static class FreePorts
{
    private static readonly HashSet<int> _given = [];

    public static (int Silo, int Gateway) Pair()
    {
        lock (_given)
        {
            // Both listeners are held at once so the two ports differ.
            var listeners = new List<TcpListener>();
            try
            {
                var ports = new List<int>();
                while (ports.Count < 2)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (_given.Add(port))
                    {
                        ports.Add(port);
                    }
                }

                return (ports[0], ports[1]);
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
    }
}
