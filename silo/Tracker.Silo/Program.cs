using Tracker.Api.Auth;
using Tracker.Silo.Hosting;

WebApplication app;
try
{
    app = TrackerHost.Build(args);
}
catch (AuthConfigurationException refused)
{
    // A setting that would leave the host open (no signing key, a short one): say which, and stop.
    await Console.Error.WriteLineAsync($"Tracker refuses to start: {refused.Message}");
    return 2;
}

await app.StartAsync();
foreach (var url in app.Urls)
{
    Console.WriteLine($"Tracker is running at {url}: open it in a browser and pick \"Control center\" to watch the port live.");
    Console.WriteLine($"  API reference: {url}/api-docs  (OpenAPI: {url}/openapi/v1.json)");
}

await app.WaitForShutdownAsync();
return 0;
