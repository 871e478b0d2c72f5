using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Silo.Hosting;
using Tracker.Testing.Network;

namespace Tracker.SimulatorTests;

/// <summary>The real host in this process, on loopback ports of its own, with in-memory storage.</summary>
public static class InProcessHost
{
    public static async Task<(WebApplication Host, Uri Address)> Start(params string[] settings)
    {
        var host = TrackerHost.Build([
            "--urls=http://127.0.0.1:0", "--Storage:Provider=Memory", "--Auth:DevTokens=true",
            $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}", "--Logging:LogLevel:Default=Warning",
            .. settings]);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (host, new Uri(address));
    }
}
