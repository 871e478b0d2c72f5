using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Tracker.Testing.Http;

/// <summary>An HTTP client for one host, with tokens per role and a guard against any 5xx answer.</summary>
public sealed class HostApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new NoServerErrors { InnerHandler = new HttpClientHandler() })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public Uri BaseAddress => baseAddress;

    /// <summary>
    /// A dev token. A device token needs a scope: without <paramref name="devices"/> and <paramref name="codes"/> the
    /// tests' device reports for every device and sends every code a device may (<c>*</c>), asked for explicitly.
    /// </summary>
    public async Task<string> TokenAsync(
        string role, string? tenant = null, string? office = null, string? facility = null, string[]? devices = null, string[]? codes = null)
    {
        if (role == "device")
        {
            devices ??= ["*"];
            codes ??= ["*"];
        }

        var key = $"{role}|{tenant}|{office}|{facility}|{string.Join(',', devices ?? [])}|{string.Join(',', codes ?? [])}";
        if (_tokens.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var body = Json.Obj(("role", role), ("tenant", tenant), ("office", office), ("facility", facility));
        if (devices is not null)
        {
            body["devices"] = new JsonArray([.. devices.Select(d => (JsonNode)JsonValue.Create(d))]);
        }

        if (codes is not null)
        {
            body["codes"] = new JsonArray([.. codes.Select(c => (JsonNode)JsonValue.Create(c))]);
        }

        using var response = await PostAsync("/api/v1/dev/token", body, token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await Json.ReadAsync(response))["token"]!.GetValue<string>();
        return _tokens[key] = token;
    }

    public Task<string> DeviceAsync() => TokenAsync("device");

    public Task<string> AdminAsync() => TokenAsync("admin");

    public Task<string> ControlAsync() => TokenAsync("control");

    public Task<HttpResponseMessage> PostAsync(string path, JsonNode body, string? token) =>
        PostRawAsync(path, body.ToJsonString(), "application/json", token);

    public async Task<HttpResponseMessage> PostRawAsync(string path, string content, string mediaType, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(content, Encoding.UTF8, mediaType),
        };
        Authorize(request, token);
        return await _http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        Authorize(request, token);
        return await _http.SendAsync(request);
    }

    /// <summary>GET as the given token; the answer must be 200.</summary>
    public async Task<JsonNode> GetOkAsync(string path, string token)
    {
        using var response = await GetAsync(path, token);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    /// <summary>Posts a batch as a device; the answer must be 202 and is the batch result.</summary>
    public async Task<JsonNode> IngestAsync(string path, params JsonNode[] items) => await IngestAsAsync(await DeviceAsync(), path, items);

    /// <summary>Posts events as a customs officer of <paramref name="office"/> (HOLD and RELS come only from customs).</summary>
    public async Task<JsonNode> CustomsEventsAsync(string office, params JsonNode[] events) =>
        await IngestAsAsync(await TokenAsync("customs", office: office), "/api/v1/events", events);

    /// <summary>Posts a batch with the given token; the answer must be 202 and is the batch result.</summary>
    public async Task<JsonNode> IngestAsAsync(string token, string path, params JsonNode[] items)
    {
        using var response = await PostAsync(path, new JsonArray([.. items.Select(i => i.DeepClone())]), token);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST {path}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    public Task<JsonNode> LockFixesAsync(params JsonNode[] fixes) => IngestAsync("/api/v1/ingest/lock-fixes", fixes);

    public Task<JsonNode> EventsAsync(params JsonNode[] events) => IngestAsync("/api/v1/events", events);

    /// <summary>Declares as admin; the answer must be 201.</summary>
    public async Task<JsonNode> DeclareAsync(JsonNode declaration)
    {
        using var response = await PostAsync("/api/v1/consignments", declaration, await AdminAsync());
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"declare: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }

    public async Task<JsonNode> ContainerAsync(string number) => await GetOkAsync($"/api/v1/containers/{number}", await ControlAsync());

    public async Task<JsonNode> ConsignmentAsync(string id) => await GetOkAsync($"/api/v1/consignments/{id}", await ControlAsync());

    public void Dispose() => _http.Dispose();

    private static void Authorize(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Nothing may answer 500: a server error fails the test that provoked it, with its body.</summary>
    private sealed class NoServerErrors : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new HttpRequestException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body}");
            }

            return response;
        }
    }
}
