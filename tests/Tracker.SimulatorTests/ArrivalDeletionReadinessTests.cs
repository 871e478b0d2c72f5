using System.Net;
using System.Text.Json.Nodes;
using Tracker.Simulator.Client;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;
using Tracker.Testing.Hosts;
using Tracker.Testing.Http;
using Xunit.Abstractions;

namespace Tracker.SimulatorTests;

/// <summary>
/// Someone trying the product can delete an arrival report end to end on what the simulator makes:
/// the boxes of a rail transit gated in at the port's rail gate stay in that terminal facility with
/// their arrival report in force, and the tenant, the facility's terminal and the office see it through.
/// </summary>
public sealed class ArrivalDeletionReadinessTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private RunningHost? _host;
    private HttpClient? _http;
    private HostApi? _api;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync();
        _http = new HttpClient { BaseAddress = _host.Address };
        _api = new HostApi(_host.Address);
    }

    public void Dispose()
    {
        _http?.Dispose();
        _api?.Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    [Fact]
    public async Task A_simulated_rail_box_at_the_rail_gate_can_have_its_arrival_report_deleted_and_resent()
    {
        var scenario = ScenarioData.Load();
        var client = new TrackerClient(_http!, new DevTokenSource(_http!));
        var simulation = new Simulation(new JourneyContext(client, new SimulatorOptions { Seed = 11, TimeScale = 120, BoxesPerTrain = 2, MaxRouteKm = 45 }, scenario), output.WriteLine);
        var journey = simulation.Rail(new Random(11), null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await simulation.RunAll([journey], timeout.Token);

        var api = _api!;
        var consignment = await api.ConsignmentAsync(journey.ConsignmentId);
        var box = Json.Str(consignment["containers"]![0])!;
        var container = await api.ContainerAsync(box);
        var facility = Json.Str(container["terminal"]!["facility"])!;
        Assert.NotNull(container["customs"]!["arrivalReportedAt"]);
        Assert.NotNull(container["terminal"]!["gateInAt"]);
        Assert.Null(container["terminal"]!["gateOutAt"]);

        var enterprise = await api.TokenAsync("enterprise", tenant: Json.Str(consignment["tenant"]));
        using var applied = await api.PostAsync("/api/v1/arrival-deletions", Json.Obj(("container", box), ("reason", "rolled to a later vessel"), ("resend", true)), enterprise);
        var request = await Json.ReadAsync(applied);
        Assert.True(applied.StatusCode == HttpStatusCode.Created, request.ToJsonString());
        Assert.Equal(facility, Json.Str(request["facility"]));
        var id = Json.Str(request["id"]);

        var terminal = await api.TokenAsync("terminal", facility: facility);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/arrival-deletions/{id}/confirm", new JsonObject(), terminal)).StatusCode);
        var office = Json.Strings(request["offices"])[0];
        var customs = await api.TokenAsync("customs", office: office);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/arrival-deletions/{id}/approve", new JsonObject(), customs)).StatusCode);

        var codes = (await api.ContainerAsync(box))["timeline"]!.AsArray().Select(m => Json.Str(m!["code"])).ToList();
        Assert.Equal(["ARRD", "ARRP"], codes.TakeLast(2));
    }
}
