using System.Text.Json.Nodes;
using Tracker.Domain.Supervision;
using Tracker.Simulator.Client;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;
using Tracker.Testing.Hosts;
using Xunit.Abstractions;

namespace Tracker.SimulatorTests;

/// <summary>
/// A shortened, accelerated run with a fixed seed against the real host: every anomaly the
/// simulator injects is found as exactly one alert of its type, no other alert appears, and
/// every transit closes (by itself, or by an officer where a broken seal stopped it).
/// </summary>
public sealed class SimulationRunTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private RunningHost? _host;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync();
        _http = new HttpClient { BaseAddress = _host.Address };
    }

    public void Dispose() => _http?.Dispose();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    [Fact]
    public async Task Every_injected_anomaly_raises_exactly_one_alert_of_its_type_nothing_else_and_every_transit_closes()
    {
        var scenario = ScenarioData.Load();
        var client = new TrackerClient(_http!, new DevTokenSource(_http!));

        // Land journeys at 60x (a 10-minute signal-lost limit is 10 s); sea voyages, hours long, at 240x.
        var land = new Simulation(new JourneyContext(client, new SimulatorOptions { Seed = 7, TimeScale = 60, BoxesPerTrain = 6, MaxRouteKm = 45 }, scenario), output.WriteLine);
        var sea = new Simulation(new JourneyContext(client, new SimulatorOptions { Seed = 8, TimeScale = 240, MaxRouteKm = 150 }, scenario), output.WriteLine);
        var random = new Random(7);
        var feeders = scenario.Vessels.Where(v => v.Kind == "FEEDER").ToList();
        List<Journey> landJourneys =
        [
            .. new AnomalyType?[] { AnomalyType.RDEV, AnomalyType.LSTP, AnomalyType.OPEN, AnomalyType.TAMP, AnomalyType.SLOS, AnomalyType.TMIS, AnomalyType.OVRD, null, null }
                .Select(a => land.Road(random, a)),
            land.Rail(random, null),
            land.Rail(random, AnomalyType.OVRD),
        ];
        List<Journey> seaJourneys = [sea.Feeder(random, feeders[0], AnomalyType.CONN), sea.Feeder(random, feeders[1], AnomalyType.UPRT), sea.Feeder(random, feeders[2], null)];

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await Task.WhenAll(land.RunAll(landJourneys, timeout.Token), sea.RunAll(seaJourneys, timeout.Token));
        await Task.Delay(TimeSpan.FromSeconds(4));

        var ours = landJourneys.Concat(seaJourneys).Select(j => j.ConsignmentId).ToHashSet();
        var alerts = (await client.Get("/api/v1/alerts", "control", null, default)).AsArray()
            .Select(a => (Consignment: a!["consignmentId"]!.GetValue<string>(), Type: a["type"]!.GetValue<string>()))
            .Where(a => ours.Contains(a.Consignment))
            .Order()
            .ToList();
        var injected = land.Context.Injected.Concat(sea.Context.Injected)
            .Select(i => (Consignment: i.ConsignmentId, Type: i.Type.ToString()))
            .Order()
            .ToList();
        Assert.Equal(injected, alerts);

        foreach (var id in ours)
        {
            var consignment = await client.Get($"/api/v1/consignments/{id}", "control", null, default);
            Assert.True(consignment["status"]!.GetValue<string>() == "CLOSED", $"{id} is {consignment["status"]}");
        }
    }
}
