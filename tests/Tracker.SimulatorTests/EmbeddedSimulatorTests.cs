using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Silo.Hosting;
using Tracker.Simulator.Client;
using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>The product is alive on first run: the embedded simulator moves all three flows within a minute.</summary>
public sealed class EmbeddedSimulatorTests
{
    [Fact]
    public async Task Within_a_minute_of_starting_road_rail_and_water_transits_are_moving()
    {
        await using var host = TrackerHost.Build([
            "--urls=http://127.0.0.1:0", "--Storage:Provider=Memory", "--Auth:DevTokens=true", "--Simulator:Enabled=true", "--Simulator:TimeScale=20",
            $"--Orleans:SiloPort={FreePort()}", $"--Orleans:GatewayPort={FreePort()}", "--Logging:LogLevel:Default=Warning"]);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var client = new TrackerClient(http, new DevTokenSource(http));
        var feeders = ScenarioData.Load().Vessels.Where(v => v.Kind == "FEEDER").Select(v => v.Imo).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HashSet<string> moving = [];
        var vesselsReporting = false;
        while (DateTime.UtcNow < deadline && !(moving.SetEquals(["ROAD", "RAIL", "WATER"]) && vesselsReporting))
        {
            await Task.Delay(2000);
            var page = await client.Get("/api/v1/consignments", "control", null, default);
            moving = [.. page["items"]!.AsArray().Where(i => i!["status"]!.GetValue<string>() is "IN_TRANSIT" or "DEPARTED").Select(i => i!["mode"]!.GetValue<string>())];
            foreach (var imo in feeders)
            {
                try
                {
                    var vessel = await client.Get($"/api/v1/vessels/{imo}", "control", null, default);
                    vesselsReporting |= vessel["position"] is not null;
                }
                catch (HttpRequestException)
                {
                    // Not reporting yet: 404.
                }
            }
        }

        await host.StopAsync();
        Assert.Equal(["RAIL", "ROAD", "WATER"], moving.Order());
        Assert.True(vesselsReporting, "no feeder reported an AIS position");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
