using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tracker.Domain.Identifiers;

namespace Tracker.HttpTests;

/// <summary>An HTTP client for one host, with tokens per role and a guard against any 5xx answer.</summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new NoServerErrors { InnerHandler = new HttpClientHandler() })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public Uri BaseAddress => baseAddress;

    public async Task<string> TokenAsync(string role, string? tenant = null, string? office = null)
    {
        var key = $"{role}|{tenant}|{office}";
        if (_tokens.TryGetValue(key, out var cached))
        {
            return cached;
        }

        using var response = await PostAsync("/api/v1/dev/token", Json.Obj(("role", role), ("tenant", tenant), ("office", office)), token: null);
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
    public async Task<JsonNode> IngestAsync(string path, params JsonNode[] items)
    {
        using var response = await PostAsync(path, new JsonArray([.. items.Select(i => i.DeepClone())]), await DeviceAsync());
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

/// <summary>Fresh identifiers, so that tests sharing a host never touch each other's data.</summary>
public static class Ids
{
    private static int _counter = RandomNumberGenerator.GetInt32(0, 500_000);

    /// <summary>A valid ISO 6346 number: a random owner code, category U, a fresh serial and its check digit.</summary>
    public static string Container()
    {
        var owner = new string([.. Enumerable.Range(0, 3).Select(_ => (char)('A' + RandomNumberGenerator.GetInt32(26)))]);
        var serial = (Interlocked.Increment(ref _counter) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var firstTen = $"{owner}U{serial}";
        return firstTen + ContainerNumber.ComputeCheckDigit(firstTen).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same number with a wrong check digit.</summary>
    public static string WithWrongCheckDigit(string container) =>
        container[..10] + ((container[10] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture);

    public static string Imo()
    {
        var firstSix = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        return firstSix + ImoNumber.ComputeCheckDigit(firstSix).ToString(CultureInfo.InvariantCulture);
    }

    public static string Mmsi() => RandomNumberGenerator.GetInt32(200_000_000, 800_000_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A lock, consignment, office, tenant or event id: the prefix and a fresh suffix.</summary>
    public static string Unique(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
}

/// <summary>Times of reports: in the recent past (at most 5 minutes ahead of the server is allowed).</summary>
public static class Times
{
    /// <summary>A base time a few hours back, whole seconds, so that "+ n minutes" stays in the past.</summary>
    public static DateTimeOffset Base() => new(DateTimeOffset.UtcNow.AddHours(-3).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(JsonNode? node) =>
        DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}

/// <summary>Request bodies as the API takes them; JsonObject so that a test can break one field.</summary>
public static class Bodies
{
    public const string Origin = "CNTAO";
    public const string Destination = "CNXIA";

    public static JsonObject LockFix(string lockId, long seq, DateTimeOffset time, double lat, double lon, string seal = "sealed") =>
        Json.Obj(("lockId", lockId), ("seq", seq), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("seal", seal), ("batteryPct", 90.0));

    public static JsonObject VehicleFix(string vehicleId, long seq, DateTimeOffset time, double lat, double lon) =>
        Json.Obj(("vehicleId", vehicleId), ("seq", seq), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("speedKmh", 42.0));

    public static JsonObject Ais(string mmsi, DateTimeOffset time, double lat, double lon, string? imo = null, string? name = null) =>
        Json.Obj(("mmsi", mmsi), ("time", Times.Iso(time)), ("lat", lat), ("lon", lon), ("sogKnots", 12.5), ("imo", imo), ("name", name));

    public static JsonObject Event(
        string type, string code, DateTimeOffset time, string? container = null, string? consignment = null,
        string? vesselImo = null, string? unLocode = null, string? eventId = null, string classifier = "ACT") =>
        Json.Obj(
            ("eventId", eventId ?? Ids.Unique("ev")), ("eventType", type), ("eventCode", code), ("classifier", classifier),
            ("time", Times.Iso(time)), ("equipmentReference", container), ("consignmentId", consignment), ("vesselImo", vesselImo),
            ("location", unLocode is null ? null : Json.Obj(("unLocode", unLocode))));

    /// <summary>A ROAD transit under smart lock: containers[i] carries locks[i].</summary>
    public static JsonObject RoadDeclaration(string id, string tenant, string office, string[] containers, string[] locks, string? destinationOffice = null) =>
        Json.Obj(
            ("id", id),
            ("tenant", tenant),
            ("mode", "ROAD"),
            ("departureOffice", office),
            ("destinationOffice", destinationOffice ?? Ids.Unique("dest")),
            ("origin", Json.Obj(("unLocode", Origin), ("facility", "QQCTU"))),
            ("destination", Json.Obj(("unLocode", Destination))),
            ("corridor", Json.Obj(("path", Json.Arr(Json.Arr(120.3, 36.07), Json.Arr(118.08, 24.48))), ("bufferMeters", 2000.0))),
            ("zones", Json.Arr(Json.Obj(("id", "seal-yard"), ("kind", "SEAL"), ("center", Json.Arr(120.3, 36.07)), ("radiusMeters", 500.0)))),
            ("deadline", Times.Iso(DateTimeOffset.UtcNow.AddDays(3))),
            ("containers", Json.Arr([.. containers.Select(c => (JsonNode?)c)])),
            ("locks", Json.Arr([.. locks.Select((l, i) => (JsonNode?)Json.Obj(("lockId", l), ("container", containers[i])))])));

    /// <summary>A RAIL transit: the train carries the containers, no locks are needed.</summary>
    public static JsonObject RailDeclaration(string id, string tenant, string office, string[] containers, string? trainId = null)
    {
        var declaration = RoadDeclaration(id, tenant, office, containers, []);
        declaration["mode"] = "RAIL";
        declaration["trainId"] = trainId ?? Ids.Unique("train");
        return declaration;
    }
}

public static class Json
{
    /// <summary>An object of the given fields; null values are left out, as an optional field would be.</summary>
    public static JsonObject Obj(params (string Name, object? Value)[] fields)
    {
        var o = new JsonObject();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                o[name] = Node(value);
            }
        }

        return o;
    }

    public static JsonArray Arr(params object?[] items) =>
        new([.. items.Select(i => i is null ? null : Node(i))]);

    private static JsonNode Node(object value) => value switch
    {
        JsonNode node => node,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value)),
    };

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
    }

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public static int Num(JsonNode? node) => node!.GetValue<int>();

    public static string? Str(JsonNode? node) => node?.GetValue<string>();
}

/// <summary>Checks on RFC 9457 answers.</summary>
public static class Problems
{
    /// <summary>The answer has the status and is application/problem+json; returns the problem.</summary>
    public static async Task<JsonNode> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body.ToJsonString()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, Json.Num(body["status"]));
        return body;
    }

    /// <summary>A 400 validation problem whose errors name every one of the fields.</summary>
    public static async Task<JsonNode> AssertNamesFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.NotNull(errors);
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {problem.ToJsonString()}");
            Assert.NotEmpty(errors[field]!.AsArray());
        }

        return problem;
    }

    /// <summary>The batch refused exactly the items at these indexes, each naming the field at fault.</summary>
    public static void AssertRejected(JsonNode result, params (int Index, string Field)[] expected)
    {
        var rejected = result["rejected"]!.AsArray();
        Assert.Equal(expected.Length, rejected.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Index, Json.Num(rejected[i]!["index"]));
            Assert.Equal(expected[i].Field, Json.Str(rejected[i]!["problem"]!["field"]));
            Assert.False(string.IsNullOrWhiteSpace(Json.Str(rejected[i]!["problem"]!["detail"])));
        }
    }

    /// <summary>The batch result counts: accepted, duplicates, and how many were rejected.</summary>
    public static void AssertCounts(JsonNode result, int accepted, int duplicates, int rejected = 0)
    {
        Assert.True(
            Json.Num(result["accepted"]) == accepted && Json.Num(result["duplicates"]) == duplicates && result["rejected"]!.AsArray().Count == rejected,
            $"expected accepted {accepted}, duplicates {duplicates}, rejected {rejected}: {result.ToJsonString()}");
    }
}
