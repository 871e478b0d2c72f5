using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Tracker.HttpTests.Devices;

/// <summary>
/// The device registry through the real host (issue 14): an admin registers a terminal for a lock or a vehicle and
/// gets its auth code, a retry is harmless, conflicts and bad fields are problems naming the field, and no one
/// else may read or change it.
/// </summary>
public sealed class DeviceRegistryTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private const string Path = "/api/v1/devices";

    private static int _terminal = Random.Shared.Next(10_000_000, 90_000_000);

    private readonly HostApi _api = host.Api;
    private readonly HttpClient _http = new() { BaseAddress = host.Api.BaseAddress };

    public void Dispose() => _http.Dispose();

    private static string Terminal() => $"14{Interlocked.Increment(ref _terminal):D9}";

    private static JsonObject ForLock(string terminal, string lockId, string? model = null) =>
        Json.Obj(("terminalId", terminal), ("protocol", "JT808"), ("lockId", lockId), ("model", model));

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(JsonNode body, string? token = null)
    {
        using var response = await _api.PostAsync(Path, body, token ?? await _api.AdminAsync());
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    private async Task<HttpStatusCode> DeleteAsync(string terminal, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Path}/{terminal}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await _api.AdminAsync());
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> GetStatusAsync(string path, string? token = null)
    {
        using var response = await _api.GetAsync(path, token ?? await _api.AdminAsync());
        return response.StatusCode;
    }

    private static string[] FieldsOf(JsonNode problem) => [.. problem["errors"]!.AsObject().Select(e => e.Key)];

    [Fact]
    public async Task A_registration_answers_201_with_an_auth_code_and_the_same_post_again_200_with_the_same_code()
    {
        var (terminal, lockId) = (Terminal(), Ids.Unique("lock"));

        var (created, first) = await PostAsync(ForLock("00" + terminal, lockId, "JT701D"));
        var (again, second) = await PostAsync(ForLock(terminal, lockId, "JT701D"));

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(terminal, Json.Str(first["terminalId"]));
        Assert.Equal("JT808", Json.Str(first["protocol"]));
        Assert.Equal(lockId, Json.Str(first["lockId"]));
        Assert.Null(first["vehicleId"]);
        Assert.Equal("JT701D", Json.Str(first["model"]));
        Assert.Matches("^[A-Za-z0-9_-]{12}$", Json.Str(first["authCode"]));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(Json.Str(first["authCode"]), Json.Str(second["authCode"]));
        Assert.Equal(Json.Str(first["registeredAt"]), Json.Str(second["registeredAt"]));
    }

    [Fact]
    public async Task A_device_is_read_by_its_terminal_id_with_or_without_leading_zeros_and_is_gone_after_delete()
    {
        var (terminal, vehicleId) = (Terminal(), Ids.Unique("truck"));
        var (created, _) = await PostAsync(Json.Obj(("terminalId", terminal), ("protocol", "jt808"), ("vehicleId", vehicleId)));
        Assert.Equal(HttpStatusCode.Created, created);

        var read = await _api.GetOkAsync($"{Path}/0000{terminal}", await _api.AdminAsync());
        Assert.Equal(vehicleId, Json.Str(read["vehicleId"]));

        Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync("0" + terminal));
        Assert.Equal(HttpStatusCode.NotFound, await GetStatusAsync($"{Path}/{terminal}"));
        Assert.Equal(HttpStatusCode.NotFound, await DeleteAsync(terminal));
    }

    [Fact]
    public async Task An_unknown_or_impossible_terminal_id_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, await GetStatusAsync($"{Path}/{Terminal()}"));
        Assert.Equal(HttpStatusCode.NotFound, await GetStatusAsync($"{Path}/0000"));
        Assert.Equal(HttpStatusCode.NotFound, await GetStatusAsync($"{Path}/abc"));
    }

    [Fact]
    public async Task A_lock_already_reported_by_another_terminal_is_409_naming_lockId()
    {
        var lockId = Ids.Unique("lock");
        var first = Terminal();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(ForLock(first, lockId))).Status);

        var (status, problem) = await PostAsync(ForLock(Terminal(), lockId));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(["lockId"], FieldsOf(problem));
        Assert.Contains(first, Json.Str(problem["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vehicle_already_reported_by_another_terminal_is_409_naming_vehicleId()
    {
        var vehicleId = Ids.Unique("truck");
        var body = (string terminal) => Json.Obj(("terminalId", terminal), ("protocol", "JT808"), ("vehicleId", vehicleId));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(body(Terminal()))).Status);

        var (status, problem) = await PostAsync(body(Terminal()));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(["vehicleId"], FieldsOf(problem));
    }

    [Fact]
    public async Task Another_mapping_for_a_registered_terminal_is_409_and_the_first_stays()
    {
        var (terminal, lockId) = (Terminal(), Ids.Unique("lock"));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(ForLock(terminal, lockId))).Status);

        var (status, problem) = await PostAsync(ForLock(terminal, Ids.Unique("lock")));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(["lockId"], FieldsOf(problem));
        var stored = await _api.GetOkAsync($"{Path}/{terminal}", await _api.AdminAsync());
        Assert.Equal(lockId, Json.Str(stored["lockId"]));
    }

    [Theory]
    [InlineData("""{"protocol":"JT808","lockId":"lock-1"}""", "terminalId")]
    [InlineData("""{"terminalId":"13800x","protocol":"JT808","lockId":"lock-1"}""", "terminalId")]
    [InlineData("""{"terminalId":"000000","protocol":"JT808","lockId":"lock-1"}""", "terminalId")]
    [InlineData("""{"terminalId":"123456789012345678901","protocol":"JT808","lockId":"lock-1"}""", "terminalId")]
    [InlineData("""{"terminalId":"13800138000","lockId":"lock-1"}""", "protocol")]
    [InlineData("""{"terminalId":"13800138000","protocol":"GT06","lockId":"lock-1"}""", "protocol")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808"}""", "lockId")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808","lockId":"lock 1"}""", "lockId")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808","lockId":"lock-1","vehicleId":"truck-1"}""", "vehicleId")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808","vehicleId":"truck/1"}""", "vehicleId")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808","lockId":"lock-1","model":"123456789012345678901234567890123"}""", "model")]
    [InlineData("""{"terminalId":"13800138000","protocol":"JT808","lockId":"lock-1","model":"JT\u0007701"}""", "model")]
    [InlineData("""{"terminalId":13800138000,"protocol":"JT808","lockId":"lock-1"}""", "terminalId")]
    public async Task A_bad_field_is_a_400_problem_naming_it(string body, string field)
    {
        using var response = await _api.PostRawAsync(Path, body, "application/json", await _api.AdminAsync());
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], FieldsOf(problem));
        Assert.Equal(HttpStatusCode.NotFound, await GetStatusAsync($"{Path}/13800138000"));
    }

    [Fact]
    public async Task The_list_pages_through_the_devices_newest_first_with_a_next_link()
    {
        var terminals = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            terminals.Add(Terminal());
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(ForLock(terminals[^1], Ids.Unique("lock")))).Status);
        }

        var admin = await _api.AdminAsync();
        var seen = new List<string>();
        var path = $"{Path}?limit=2";
        var pages = 0;
        while (true)
        {
            using var response = await _api.GetAsync(path, admin);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Json.ReadAsync(response);
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(d => Json.Str(d!["terminalId"])!));
            pages++;
            if (Json.Str(page["next"]) is null)
            {
                Assert.False(response.Headers.Contains("Link"));
                break;
            }

            var link = response.Headers.GetValues("Link").Single();
            path = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        }

        Assert.True(pages >= 2);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var ours = seen.Where(terminals.Contains).ToList();
        Assert.Equal(Enumerable.Reverse(terminals), ours);
    }

    [Fact]
    public async Task A_bad_limit_or_page_is_a_problem_naming_it()
    {
        using var limit = await _api.GetAsync($"{Path}?limit=0", await _api.AdminAsync());
        using var page = await _api.GetAsync($"{Path}?page=nonsense", await _api.AdminAsync());

        Assert.Equal(["limit"], FieldsOf(await Json.ReadAsync(limit)));
        Assert.Equal(["page"], FieldsOf(await Json.ReadAsync(page)));
    }

    [Theory]
    [InlineData("control")]
    [InlineData("customs")]
    [InlineData("device")]
    public async Task Only_an_admin_may_register_read_or_delete_a_device(string role)
    {
        var (terminal, lockId) = (Terminal(), Ids.Unique("lock"));
        var token = await _api.TokenAsync(role, office: role == "customs" ? Ids.Unique("office") : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(ForLock(terminal, lockId), token)).Status);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(ForLock(terminal, lockId))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, await GetStatusAsync($"{Path}/{terminal}", token));
        Assert.Equal(HttpStatusCode.Forbidden, await GetStatusAsync(Path, token));
        Assert.Equal(HttpStatusCode.Forbidden, await DeleteAsync(terminal, token));
        Assert.Equal(HttpStatusCode.OK, await GetStatusAsync($"{Path}/{terminal}"));
    }

    [Fact]
    public async Task Registering_and_deleting_are_in_the_audit_log()
    {
        var terminal = Terminal();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(ForLock(terminal, Ids.Unique("lock")))).Status);
        Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync(terminal));

        var entries = (await _api.GetOkAsync($"/api/v1/audit?target={terminal}", await _api.AdminAsync()))["items"]!.AsArray();

        Assert.Equal(["device.delete", "device.register"], entries.Select(e => Json.Str(e!["action"])));
        Assert.Equal([204, 201], entries.Select(e => Json.Num(e!["status"])));
    }
}
