using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests;

/// <summary>
/// The load benchmark's baseline endpoints: absent from a host unless it runs with Bench:Baselines=true,
/// and with it they read a batch as the lock-fix ingest does, the floor calling one grain per distinct lock.
/// </summary>
public sealed class BenchBaselineTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly string[] Paths = ["/api/v1/bench/parse/lock-fixes", "/api/v1/bench/floor/lock-fixes", "/api/v1/bench/broadcast"];

    [Fact]
    public async Task Without_the_setting_the_baseline_endpoints_do_not_exist()
    {
        var device = await host.Api.DeviceAsync();
        foreach (var path in Paths)
        {
            using var response = await host.Api.PostAsync(path, Batch(Ids.Unique("lock"), Ids.Unique("lock")), device);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task With_the_setting_parse_counts_the_valid_items_floor_calls_each_distinct_lock_once_and_broadcast_sends()
    {
        await using var baselines = await RunningHost.StartInMemoryAsync("--Bench:Baselines=true");
        using var api = new HostApi(baselines.Address);
        var device = await api.DeviceAsync();
        var batch = Batch(Ids.Unique("lock"), Ids.Unique("lock"));

        var parse = await Post(api, Paths[0], batch, device);
        Assert.Equal(3, Json.Num(parse["accepted"]));
        Assert.Equal(1, Json.Num(parse["rejected"]));
        Assert.Equal(0, Json.Num(parse["grains"]));

        var floor = await Post(api, Paths[1], batch, device);
        Assert.Equal(3, Json.Num(floor["accepted"]));
        Assert.Equal(1, Json.Num(floor["rejected"]));
        Assert.Equal(2, Json.Num(floor["grains"]));

        var broadcast = await Post(api, Paths[2], Json.Obj(("view", "overview"), ("items", 3)), device);
        Assert.Equal(3, Json.Num(broadcast["accepted"]));
    }

    [Fact]
    public async Task With_the_setting_the_baselines_still_take_only_devices()
    {
        await using var baselines = await RunningHost.StartInMemoryAsync("--Bench:Baselines=true");
        using var api = new HostApi(baselines.Address);
        using var response = await api.PostAsync(Paths[0], Batch(Ids.Unique("lock"), Ids.Unique("lock")), await api.ControlAsync());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Two fixes of one lock, one of another, and one the validator refuses (latitude out of range).</summary>
    private static JsonArray Batch(string first, string second)
    {
        var t = Times.Base();
        return
        [
            Bodies.LockFix(first, 1, t, 36.07, 120.30),
            Bodies.LockFix(first, 2, t.AddMinutes(1), 36.06, 120.29),
            Bodies.LockFix(second, 1, t, 36.00, 120.00),
            Bodies.LockFix(second, 2, t, 136.00, 120.00),
        ];
    }

    private static async Task<JsonNode> Post(HostApi api, string path, JsonNode batch, string token)
    {
        using var response = await api.PostAsync(path, batch, token);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST {path}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }
}
