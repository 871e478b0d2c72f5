using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Silo.Hosting;
using Tracker.Testing.Network;

namespace Tracker.Testing.Hosts;

/// <summary>
/// A real Tracker process in miniature, inside the test process: the Orleans silo and the API
/// co-hosted by <see cref="TrackerHost.Build"/>, listening through Kestrel on a loopback port.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private RunningHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where Kestrel listens: the loopback address and the port it was given.</summary>
    public Uri Address { get; }

    /// <summary>The host's services: what it registered (its endpoints, its hub), for tests that enumerate them.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a host on free ports with dev tokens, without the simulator and without the device gateways (the
    /// appsettings put them on fixed ports, which parallel hosts would fight over); <paramref name="settings"/>
    /// (the storage provider, the simulator, a gateway on port 0, ...) come last and win.
    /// </summary>
    public static async Task<RunningHost> StartAsync(params string[] settings)
    {
        var (siloPort, gatewayPort) = FreePort.Pair();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Auth:DevTokens=true",
            "--Simulator:Enabled=false",
            "--Gateways:Jt808:Port=",
            "--Gateways:Nmea:TcpPort=",
            $"--Orleans:SiloPort={siloPort}",
            $"--Orleans:GatewayPort={gatewayPort}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            .. settings,
        ];
        var app = TrackerHost.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address));
    }

    public static Task<RunningHost> StartInMemoryAsync(params string[] settings) => StartAsync(["--Storage:Provider=Memory", .. settings]);

    public static Task<RunningHost> StartOnFilesAsync(string root) => StartAsync("--Storage:Provider=File", $"--Storage:Root={root}");

    /// <summary>
    /// A token signed by this host's issuer with exactly the claims given: unlike the dev token endpoint,
    /// which refuses a scoped role without its scope, it can mint the tokens a misconfigured provider would.
    /// </summary>
    public string Token(string role, string? tenant = null, string? office = null, string? facility = null) =>
        _app.Services.GetRequiredService<TokenIssuer>().Issue(role, tenant, office, $"test-{role}", facility).Token;

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
