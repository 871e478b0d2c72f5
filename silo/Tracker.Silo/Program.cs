using Tracker.Silo.Hosting;

var app = TrackerHost.Build(args);
await app.StartAsync();
foreach (var url in app.Urls)
{
    Console.WriteLine($"Tracker is running at {url}: open it in a browser and pick \"Control center\" to watch the port live.");
    Console.WriteLine($"  API reference: {url}/api-docs  (OpenAPI: {url}/openapi/v1.json)");
}

await app.WaitForShutdownAsync();
