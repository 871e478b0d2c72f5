using Tracker.Bench;
using Tracker.Bench.MapChoice;
using Tracker.Bench.MapFps;

// dotnet run --project bench/Tracker.Bench -c Release -- track-read [--azure "<connection string>"]
// dotnet run --project bench/Tracker.Bench -c Release -- map-choice [--runs N] [--only variant,variant]
// dotnet run --project bench/Tracker.Bench -c Release -- map-fps [--runs N] [--markers N]
var scenario = args.FirstOrDefault() ?? "track-read";
var azureIndex = Array.IndexOf(args, "--azure");
var azure = azureIndex >= 0 && azureIndex + 1 < args.Length ? args[azureIndex + 1] : null;

switch (scenario)
{
    case "track-read":
        await TrackReadBenchmark.Run(azure);
        break;
    case "map-choice":
        return await MapChoiceBenchmark.Run(args[1..]);
    case "map-fps":
        return await MapFpsBenchmark.Run(args[1..]);
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; known: track-read, map-choice, map-fps");
        return 2;
}

return 0;
