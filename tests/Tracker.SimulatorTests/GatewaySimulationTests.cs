using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Domain.Supervision;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Hosting;
using Tracker.Gateways.Jt808.Server;
using Tracker.Simulator.Client;
using Tracker.Simulator.Gateways;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Protocols.Jt808;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;
using Tracker.Testing.Hosts;
using Tracker.Testing.Waiting;
using Xunit.Abstractions;

namespace Tracker.SimulatorTests;

/// <summary>
/// The simulator's devices speaking the real protocols to the real host: every lock, truck and train as a JT/T 808
/// terminal on the host's gateway port, every vessel as an AIS receiver's NMEA feed on its NMEA listener.
/// </summary>
public sealed class GatewaySimulationTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly string[] JsonDevicePaths = ["/api/v1/ingest/lock-fixes", "/api/v1/ingest/vehicle-fixes", "/api/v1/ingest/ais"];

    private readonly RequestLog _requests = new() { InnerHandler = new HttpClientHandler() };
    private RunningHost? _host;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync("--Gateways:Jt808:Port=0", "--Gateways:Nmea:TcpPort=0");
        _http = new HttpClient(_requests) { BaseAddress = _host.Address };
    }

    public void Dispose()
    {
        _http?.Dispose();
        _requests.Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    [Fact]
    public async Task Locks_trucks_trains_and_feeders_move_through_JT808_and_NMEA_a_seal_opened_raises_OPEN_and_no_fix_goes_as_JSON()
    {
        var scenario = ScenarioData.Load();
        await using var devices = new DeviceGateways(Listening("jt808"), jt808Share: 1, Listening("nmea-tcp"), staticEvery: 3);
        var client = new TrackerClient(_http!, new DevTokenSource(_http!), devices);

        // Land at 60x with a report every simulated minute: one a second, the most JT/T 808's one-second clock tells apart.
        var land = new Simulation(new JourneyContext(client, new SimulatorOptions { Seed = 11, TimeScale = 60, FixIntervalSeconds = 60, BoxesPerTrain = 2, MaxRouteKm = 30 }, scenario), output.WriteLine);
        var sea = new Simulation(new JourneyContext(client, new SimulatorOptions { Seed = 12, TimeScale = 240, MaxRouteKm = 150 }, scenario), output.WriteLine);
        var random = new Random(11);
        var road = land.Road(random, AnomalyType.OPEN);
        var rail = land.Rail(random, null);
        var feederVessel = scenario.Vessels.First(v => v.Kind == "FEEDER");
        var feeder = sea.Feeder(random, feederVessel, null);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(50));
        var running = Task.WhenAll(land.RunAll([road, rail], stop.Token), sea.RunAll([feeder], stop.Token));

        var seen = "";
        await Eventually.True(
            async () =>
            {
                seen = $"road moved {await Moved(client, road.ConsignmentId, locks: true, "vehicle")}, train moved {await Moved(client, rail.ConsignmentId, locks: false, "vehicle")}, "
                    + $"feeder moved {await Moved(client, feeder.ConsignmentId, locks: false, "carrier")}, OPEN {await Alerted(client, road.ConsignmentId, "OPEN")}; "
                    + $"{devices.NmeaSentences} NMEA sentences sent, {Nmea.Sentences} received, {Nmea.Reports} reports decoded, "
                    + string.Join(", ", Enum.GetValues<Tracker.Gateways.Ais.Sentences.NmeaDrop>().Select(d => $"{d} {Nmea.Dropped(d)}"));
                return Failed(running) || !seen.Contains("False", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(45),
            () => $"the road transit's lock and truck, the train and the feeder moved, and the seal opened raised OPEN: {seen}");
        if (Failed(running))
        {
            await running;
        }

        await stop.CancelAsync();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);

        // What the gateways decoded is what the registry and the vessel show.
        var registered = (await client.Get("/api/v1/devices?limit=500", "admin", null, default))["items"]!.AsArray();
        var consignment = await client.Get($"/api/v1/consignments/{road.ConsignmentId}", "control", null, default);
        var roadLocks = consignment["locks"]!.AsArray().Select(l => l!["lockId"]!.GetValue<string>()).ToList();
        var truck = consignment["vehicleId"]!.GetValue<string>();
        var train = (await client.Get($"/api/v1/consignments/{rail.ConsignmentId}", "control", null, default))["trainId"]!.GetValue<string>();
        foreach (var lockId in roadLocks)
        {
            Assert.Contains(registered, d => d!["lockId"]?.GetValue<string>() == lockId && d["terminalId"]!.GetValue<string>() == DeviceChoice.TerminalId(lockId));
        }

        Assert.Contains(registered, d => d!["vehicleId"]?.GetValue<string>() == truck);
        Assert.Contains(registered, d => d!["vehicleId"]?.GetValue<string>() == train);
        Assert.Equal("opened", consignment["locks"]!.AsArray()[0]!["seal"]!.GetValue<string>(), ignoreCase: true);
        Assert.All(consignment["locks"]!.AsArray(), l => Assert.InRange(l!["batteryPct"]!.GetValue<double>(), 50, 100));

        var vessel = await client.Get($"/api/v1/vessels/{feederVessel.Imo}", "control", null, default);
        Assert.NotNull(vessel["position"]);
        Assert.NotNull(vessel["eta"]);

        Assert.True(_host!.Services.GetRequiredService<Jt808Metrics>().FixesAcked > 0);
        Assert.True(devices.NmeaSentences > 0);
        Assert.DoesNotContain(_requests.Paths, p => JsonDevicePaths.Contains(p));
    }

    [Fact]
    public async Task A_terminal_whose_connection_is_taken_over_connects_again_and_its_next_fix_is_acknowledged()
    {
        var jt808 = Listening("jt808")!;
        var client = new TrackerClient(_http!, new DevTokenSource(_http!));
        var metrics = _host!.Services.GetRequiredService<Jt808Metrics>();
        await using var device = new Jt808Device("TRK-RECONNECT-1", isLock: false, jt808);
        var now = DateTimeOffset.UtcNow;
        await device.Report(new DeviceFix("TRK-RECONNECT-1", false, now.AddSeconds(-10), 36.05, 120.3, 40, 90, null, null), client, default);

        // The same terminal logs in on a second connection: the gateway closes the first.
        await using (var usurper = await Jt808Terminal.Connect(jt808.Host, jt808.Port, device.TerminalId))
        {
            Assert.NotNull(await usurper.Login());
        }

        var before = metrics.FixesAcked;
        await device.Report(new DeviceFix("TRK-RECONNECT-1", false, now.AddSeconds(-5), 36.06, 120.31, 40, 90, null, null), client, default);

        Assert.Equal(2, device.Connections);
        Assert.Equal(before + 1, metrics.FixesAcked);
    }

    private NmeaCounters Nmea => _host!.Services.GetRequiredService<NmeaCounters>();

    private static bool Failed(Task running) => running.IsFaulted;

    /// <summary>The consignment's lock tracks (when asked) and its vehicle or carrier track hold points in two places at least.</summary>
    private static async Task<bool> Moved(TrackerClient client, string consignmentId, bool locks, string carrier)
    {
        var track = await client.Get($"/api/v1/consignments/{consignmentId}/track", "control", null, default);
        return (!locks || track["locks"]!.AsArray() is { Count: > 0 } lockTracks && lockTracks.All(t => Places(t!["points"]) >= 2))
            && Places(track[carrier]?["points"]) >= 2;
    }

    private static int Places(JsonNode? points) =>
        points?.AsArray().Select(p => (p!["lat"]!.GetValue<double>(), p["lon"]!.GetValue<double>())).Distinct().Count() ?? 0;

    private static async Task<bool> Alerted(TrackerClient client, string consignmentId, string type) =>
        (await client.Get("/api/v1/alerts", "control", null, default)).AsArray()
            .Any(a => a!["consignmentId"]!.GetValue<string>() == consignmentId && a["type"]!.GetValue<string>() == type);

    /// <summary>Where the host's gateway of that name listens (port 0 in the settings: the one it picked).</summary>
    private GatewayEndpoint? Listening(string name) =>
        _host!.Services.GetServices<GatewayListener>().FirstOrDefault(g => g.Name == name) is { BoundPort: { } port }
            ? new GatewayEndpoint("127.0.0.1", port)
            : null;

    /// <summary>The paths the simulator's HTTP client posted to.</summary>
    private sealed class RequestLog : DelegatingHandler
    {
        public ConcurrentQueue<string> Paths { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post)
            {
                Paths.Enqueue(request.RequestUri!.AbsolutePath);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
