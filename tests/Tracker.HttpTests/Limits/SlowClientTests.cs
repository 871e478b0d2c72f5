using System.Text.Json.Nodes;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests.Limits;

/// <summary>
/// Issue 13 item 7: a live client that stops reading must not hold up anyone else's deltas; the host
/// drops it once it cannot take a message in time rather than buffering for it without end.
/// </summary>
public sealed class SlowClientTests : IAsyncLifetime, IDisposable
{
    private const int Trucks = 500;
    private RunningHost? _host;
    private HostApi? _hostApi;

    private HostApi Api => _hostApi!;

    /// <summary>A small send buffer per client, so that the stalled client backs up into the host after a megabyte or so.</summary>
    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartInMemoryAsync("--Limits:HubSendBufferBytes=16384");
        _hostApi = new HostApi(_host.Address);
    }

    public void Dispose() => _hostApi?.Dispose();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    [Fact]
    public async Task A_client_that_never_reads_does_not_delay_another_clients_deltas()
    {
        var control = await Api.ControlAsync();
        await using var stalled = await StalledLiveClient.SubscribeAndStallAsync(Api.BaseAddress, control, "overview");
        await using var live = await LiveClient.ConnectAsync(Api.BaseAddress, control);
        await live.SubscribeAsync("overview");

        // A few megabytes of overview deltas: far more than the stalled connection's buffers hold.
        var trucks = Enumerable.Range(0, Trucks).Select(_ => Ids.Unique("flood")).ToArray();
        var t = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var pass = 1; pass <= 20; pass++)
        {
            var at = t.AddSeconds(pass);
            await Api.IngestAsync("/api/v1/ingest/vehicle-fixes", [.. trucks.Select((truck, i) => (JsonNode)Bodies.VehicleFix(truck, pass, at, 30 + (i * 1e-3), 120 + (pass * 1e-3)))]);
        }

        var probe = Ids.Unique("probe");
        await Api.IngestAsync("/api/v1/ingest/vehicle-fixes", Bodies.VehicleFix(probe, 1, DateTimeOffset.UtcNow.AddSeconds(-5), 36.0, 120.3));

        await live.DeltaAsync("overview", i => Json.Str(i["id"]) == $"vehicle:{probe}", TimeSpan.FromSeconds(20));
    }
}
