using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tracker.Simulator.Gateways;

namespace Tracker.Simulator.Client;

/// <summary>
/// The public API as gateways, terminal systems and customs use it: nothing else. A 503 (the
/// host replaying its journal, a grain busy) is re-sent, which the API makes harmless. With
/// <paramref name="devices"/>, the fixes and AIS of the devices that speak a device protocol go
/// to the host's gateways instead (JT/T 808, NMEA), the rest as JSON.
/// </summary>
public sealed class TrackerClient(HttpClient http, ITokenSource tokens, DeviceGateways? devices = null)
{
    private const int Attempts = 8;

    public Uri BaseAddress => http.BaseAddress!;

    public Task Declare(JsonObject declaration, string office, CancellationToken cancellationToken) =>
        Send(HttpMethod.Post, "/api/v1/consignments", declaration, "customs", office, cancellationToken);

    public async Task LockFixes(JsonArray fixes, CancellationToken cancellationToken) =>
        await Ingest("/api/v1/ingest/lock-fixes", devices is null ? fixes : await devices.LockFixes(fixes, this, cancellationToken), cancellationToken);

    public async Task VehicleFixes(JsonArray fixes, CancellationToken cancellationToken) =>
        await Ingest("/api/v1/ingest/vehicle-fixes", devices is null ? fixes : await devices.VehicleFixes(fixes, this, cancellationToken), cancellationToken);

    public async Task Ais(JsonArray reports, CancellationToken cancellationToken) =>
        await Ingest("/api/v1/ingest/ais", devices is null ? reports : await devices.Ais(reports, cancellationToken), cancellationToken);

    /// <summary>POST /api/v1/devices as an administrator: a terminal in the device registry (re-sending it is harmless).</summary>
    public Task RegisterDevice(JsonObject device, CancellationToken cancellationToken) =>
        Send(HttpMethod.Post, "/api/v1/devices", device, "admin", null, cancellationToken);

    public Task Events(JsonArray events, CancellationToken cancellationToken) => Ingest("/api/v1/events", events, cancellationToken);

    public async Task<JsonNode> Get(string path, string role, string? office, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.Token(role, office, cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!;
    }

    private Task Ingest(string path, JsonArray items, CancellationToken cancellationToken) =>
        items.Count == 0 ? Task.CompletedTask : Send(HttpMethod.Post, path, items, "device", null, cancellationToken);

    private async Task Send(HttpMethod method, string path, JsonNode body, string role, string? office, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.Token(role, office, cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
                if (answer?["rejected"] is JsonArray { Count: > 0 } rejected)
                {
                    throw new SimulatorException($"{path} refused items: {rejected.ToJsonString()}");
                }

                return;
            }

            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == Attempts)
            {
                throw new SimulatorException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
        }
    }
}
