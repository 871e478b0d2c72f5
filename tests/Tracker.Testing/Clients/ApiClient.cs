using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Testing.Clients;

/// <summary>Talks to a host the way gateways and officers do: HTTP, JSON, dev tokens.</summary>
public sealed class ApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
    private readonly Dictionary<string, string> _tokens = [];

    public Uri BaseAddress => _http.BaseAddress!;

    public async Task<string> Token(string role, string? office = null, string? tenant = null)
    {
        var key = $"{role}/{office}/{tenant}";
        if (!_tokens.TryGetValue(key, out var token))
        {
            // The tests' devices report for every device and send every code a device may, asked for explicitly.
            var scope = role == "device" ? new[] { "*" } : null;
            var response = await _http.PostAsJsonAsync("/api/v1/dev/token", new { role, office, tenant, devices = scope, codes = scope });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
            _tokens[key] = token;
        }

        return token;
    }

    public async Task<HttpResponseMessage> Post(string path, JsonNode body, string role, string? office = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(role, office));
        return await _http.SendAsync(request, cancellationToken);
    }

    /// <summary>A plain-text resource, such as the Prometheus metrics.</summary>
    public async Task<string> GetText(string path, string role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(role));
        var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The answer as it came, whatever its status, for a test that judges the status itself.</summary>
    public async Task<HttpResponseMessage> Send(HttpMethod method, string path, string role = "control", JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(role));
        return await _http.SendAsync(request);
    }

    public async Task<JsonObject> Get(string path, string role = "control")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(role));
        var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonArray> GetArray(string path, string role, string? office = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Token(role, office));
        var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    public void Dispose() => _http.Dispose();
}
