using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>One host's HTTP API as the load generator calls it: a pooled client and a dev token per role.</summary>
public sealed class LoadApi : IDisposable
{
    private readonly HttpClient _http;

    private LoadApi(Uri address, HttpClient http, string admin, string device, string control, string customs)
    {
        Customs = customs;
        Address = address;
        _http = http;
        Admin = admin;
        Device = device;
        Control = control;
    }

    public Uri Address { get; }

    public string Admin { get; }

    public string Device { get; }

    public string Control { get; }

    /// <summary>A customs officer of the office the bench's transits depart from (<see cref="Declarations.Office"/>).</summary>
    public string Customs { get; }

    public static async Task<LoadApi> Connect(Uri address)
    {
        // One connection per concurrent caller; the default pool would serialise nothing, but say so.
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        return new LoadApi(address, http, await Token(http, "admin"), await Token(http, "device"), await Token(http, "control"), await Token(http, "customs", Declarations.Office));
    }

    public async Task<HttpResponseMessage> Post(string path, HttpContent content, string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request, cancellationToken);
    }

    public async Task<HttpResponseMessage> Get(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<string> Token(HttpClient http, string role, string? office = null)
    {
        // The bench's device reports for every lock it invents: its scope says so explicitly.
        var scope = role == "device" ? new[] { "*" } : null;
        using var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { role, office, devices = scope, codes = scope });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/v1/dev/token answered {(int)response.StatusCode}: the host must run with Auth:DevTokens=true");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
