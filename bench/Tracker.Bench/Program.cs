using Tracker.Bench;

// dotnet run --project bench/Tracker.Bench -c Release -- track-read [--azure "<connection string>"]
var scenario = args.FirstOrDefault() ?? "track-read";
var azureIndex = Array.IndexOf(args, "--azure");
var azure = azureIndex >= 0 && azureIndex + 1 < args.Length ? args[azureIndex + 1] : null;

switch (scenario)
{
    case "track-read":
        await TrackReadBenchmark.Run(azure);
        break;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}; known: track-read");
        return 2;
}

return 0;
