using Tracker.Bench;
using Tracker.Bench.Gateways;
using Tracker.Bench.Load;
using Tracker.Bench.MapChoice;
using Tracker.Bench.MapFps;
using Tracker.Bench.ScaleOut;

// dotnet run --project bench/Tracker.Bench -c Release -- [load] [--quick] [--url URL] [--transits N] [--seconds S] [--clients N] [--out PATH]
//   (no scenario, or one starting with --, runs load)
// dotnet run --project bench/Tracker.Bench -c Release -- scale-out [--quick] [--transits N] [--seconds S] [--rounds R] [--out PATH]
// dotnet run --project bench/Tracker.Bench -c Release -- gateways [--quick] [--terminals N] [--seconds S] [--burst K] [--out PATH]
// dotnet run --project bench/Tracker.Bench -c Release -- track-read [--azure "<connection string>"]
// dotnet run --project bench/Tracker.Bench -c Release -- map-choice [--runs N] [--only variant,variant]
// dotnet run --project bench/Tracker.Bench -c Release -- map-fps [--runs N] [--markers N]
var named = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal);
var scenario = named ? args[0] : "load";
var rest = named ? args[1..] : args;
var azureIndex = Array.IndexOf(args, "--azure");
var azure = azureIndex >= 0 && azureIndex + 1 < args.Length ? args[azureIndex + 1] : null;

switch (scenario)
{
    case "load":
        return await LoadBenchmark.Run(rest);
    case "scale-out":
        return await ScaleOutBenchmark.Run(rest);
    case "gateways":
        return await GatewayBenchmark.Run(rest);
    case "track-read":
        await TrackReadBenchmark.Run(azure);
        break;
    case "map-choice":
        return await MapChoiceBenchmark.Run(args[1..]);
    case "map-fps":
        return await MapFpsBenchmark.Run(args[1..]);
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; known: load, scale-out, gateways, track-read, map-choice, map-fps");
        return 2;
}

return 0;
