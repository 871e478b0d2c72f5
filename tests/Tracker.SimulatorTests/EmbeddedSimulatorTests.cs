using Tracker.Simulator.Client;
using Tracker.Simulator.Scenario;
using Tracker.Testing.Hosts;

namespace Tracker.SimulatorTests;

/// <summary>The product is alive on first run: the embedded simulator moves all three flows within a minute.</summary>
public sealed class EmbeddedSimulatorTests
{
    [Fact]
    public async Task Within_a_minute_of_starting_road_rail_and_water_transits_are_moving()
    {
        await using var host = await RunningHost.StartInMemoryAsync("--Simulator:Enabled=true", "--Simulator:TimeScale=20");
        using var http = new HttpClient { BaseAddress = host.Address };
        var client = new TrackerClient(http, new DevTokenSource(http));
        var feeders = ScenarioData.Load().Vessels.Where(v => v.Kind == "FEEDER").Select(v => v.Imo).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HashSet<string> moving = [];
        var vesselsReporting = false;
        var feederTrackShown = false;
        while (DateTime.UtcNow < deadline && !(moving.SetEquals(["ROAD", "RAIL", "WATER"]) && vesselsReporting && feederTrackShown))
        {
            await Task.Delay(2000);
            var page = await client.Get("/api/v1/consignments", "control", null, default);
            var underway = page["items"]!.AsArray().Where(i => i!["status"]!.GetValue<string>() is "IN_TRANSIT" or "DEPARTED").ToList();
            moving = [.. underway.Select(i => i!["mode"]!.GetValue<string>())];
            foreach (var water in underway.Where(i => i!["mode"]!.GetValue<string>() == "WATER").Take(3))
            {
                // The consignment's track shows its feeder's AIS positions since the transit was declared.
                var track = await client.Get($"/api/v1/consignments/{water!["id"]!.GetValue<string>()}/track", "control", null, default);
                feederTrackShown |= track["carrier"]?["kind"]?.GetValue<string>() == "VESSEL" && track["carrier"]!["points"]!.AsArray().Count > 0;
            }

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
        Assert.True(feederTrackShown, "no water transit's track showed its feeder's positions");
    }
}
