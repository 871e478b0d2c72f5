using Tracker.Simulator.Client;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;

namespace Tracker.SimulatorTests;

/// <summary>
/// The tracker refuses a box already in an open transit (409, issue 13 item 1), so the simulator must never hand one
/// box to two journeys at once. Journeys of two simulations in one process draw from equal seeds (SimulationRunTests:
/// seed 7's second journey and seed 8's first both use Random(8)).
/// </summary>
public sealed class ContainerDrawTests
{
    [Fact]
    public void Journeys_drawing_from_equal_seeds_in_two_simulations_get_different_boxes()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9") };
        var client = new TrackerClient(http, new DevTokenSource(http));
        var scenario = ScenarioData.Load();
        var land = new JourneyContext(client, new SimulatorOptions { Seed = 7 }, scenario);
        var sea = new JourneyContext(client, new SimulatorOptions { Seed = 8 }, scenario);
        var (first, second) = (new Random(8), new Random(8));

        var landBoxes = Enumerable.Range(0, 20).Select(_ => land.NewContainer(first)).ToList();
        var seaBoxes = Enumerable.Range(0, 20).Select(_ => sea.NewContainer(second)).ToList();

        Assert.Empty(landBoxes.Intersect(seaBoxes));
        Assert.Equal(40, landBoxes.Concat(seaBoxes).Distinct().Count());
    }
}
