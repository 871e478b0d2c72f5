using System.Globalization;
using Tracker.Simulator.Client;
using Tracker.Simulator.Gateways;
using Tracker.Simulator.Journeys;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;

// dotnet run --project sim/Tracker.Simulator -- --url http://127.0.0.1:5080 --seed 7 --scale 20 --road 6 --trains 2 --feeders 4
//   [--jt808 127.0.0.1:6808 --jt808-share 0.25] [--nmea 127.0.0.1:10110 --nmea-vessels true]
var options = new SimulatorOptions();
var url = "http://127.0.0.1:5080";
GatewayEndpoint? jt808 = null;
GatewayEndpoint? nmea = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--url": url = value; break;
        case "--seed": options.Seed = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--scale": options.TimeScale = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--road": options.RoadTransits = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--trains": options.Trains = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--boxes": options.BoxesPerTrain = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--feeders": options.Feeders = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--mainlines": options.Mainlines = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--fix-interval": options.FixIntervalSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--anomaly-rate": options.AnomalyRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--max-route-km": options.MaxRouteKm = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--jt808": jt808 = GatewayEndpoint.Parse(value); break;
        case "--jt808-share": options.Jt808Share = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--nmea": nmea = GatewayEndpoint.Parse(value); break;
        case "--nmea-vessels": options.NmeaVessels = bool.Parse(value); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            return 2;
    }
}

using var http = new HttpClient { BaseAddress = new Uri(url) };
await using var gateways = new DeviceGateways(jt808, options.Jt808Share, options.NmeaVessels ? nmea : null, options.NmeaStaticEvery);
var context = new JourneyContext(new TrackerClient(http, new DevTokenSource(http), gateways), options, ScenarioData.Load());
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

Console.WriteLine($"Simulating against {url}: seed {options.Seed}, {options.TimeScale}x, {options.RoadTransits} road, {options.Trains} trains, {options.Feeders} feeders, {options.Mainlines} mainlines. Ctrl+C stops.");
Console.WriteLine($"JT/T 808: {(jt808 is null ? "off" : $"{gateways.Jt808Share:P0} of locks and vehicles to {jt808}")}; NMEA: {(gateways.NmeaVessels ? $"every vessel to {nmea}" : "off")}.");
await new Simulation(context, Console.WriteLine).RunContinuously(stop.Token);
foreach (var injected in context.Injected)
{
    Console.WriteLine($"injected {injected.Type} in {injected.ConsignmentId}");
}

return 0;
