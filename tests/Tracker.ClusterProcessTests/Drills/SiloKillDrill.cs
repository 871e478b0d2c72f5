using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Clients;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;
using Tracker.Testing.Waiting;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests.Drills;

/// <summary>
/// Issue 13, item 11, drill 2: one of two silos is killed (SIGKILL by its id) in the middle of a
/// route deviation. Browsers connected to the survivor keep receiving, and the deviation, whose
/// transit lived on the killed silo and is replayed on the survivor from the journal, raises one
/// alert, not two.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class SiloKillDrill(RedisProcess redis, AzuriteProcess azurite, ITestOutputHelper output)
{
    /// <summary>Random placement puts about half of them on the silo that dies: all on the other one is a 1-in-1000 run.</summary>
    private const int Transits = 10;

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    private readonly TestCluster _cluster = new(Membership.Redis(redis.ConnectionString), azurite);

    [Fact]
    public async Task Kill_one_of_two_silos_browsers_on_the_survivor_keep_receiving_and_no_alert_is_raised_twice()
    {
        // No checkpoint during the drill: the raised alerts live only in the memory of the grains
        // and in the killed silo's journal, which the survivor replays. That replay is where a
        // deviation would be raised a second time.
        await using var a = _cluster.Silo("a", ProbeTimeout, "--Journal:CheckpointSeconds=600");
        await using var b = _cluster.Silo("b", ProbeTimeout, "--Journal:CheckpointSeconds=600");
        await a.Start();
        await b.Start();
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);

        // Reports ten minutes back to now, a minute apart, all off the corridor (lat 36.01 is
        // 10 km from it): a road deviation is raised after 5 minutes outside.
        var bodies = new TransitBodies(_cluster.Tenant, DateTimeOffset.UtcNow.AddMinutes(-12));
        var transits = Enumerable.Range(0, Transits).Select(n => (Id: $"{_cluster.Tenant}-c{n}", Container: Containers.Next(), Lock: $"{_cluster.Tenant}-l{n}")).ToList();
        foreach (var t in transits)
        {
            await Declarations.Declare(viaA, bodies.Declaration(t.Id, t.Container, t.Lock), TimeSpan.FromSeconds(60), () => a.Log);
        }

        // Browsers on B, one per transit's container (a client's messages are read in order, so
        // one client waiting for one view would pass over another view's delta).
        await using var open = new Browsers();
        var browsers = open.All;
        foreach (var t in transits)
        {
            var browser = await LiveClient.ConnectAsync(b.BaseAddress, await viaB.Token("control"));
            browsers.Add(browser);
            await browser.SubscribeAsync($"container:{t.Container}");
        }

        // The deviation is raised before the kill, reported through both hosts.
        for (var seq = 1; seq <= 7; seq++)
        {
            await Acknowledged(seq % 2 == 0 ? viaA : viaB, FixesFor(transits, bodies, seq), TimeSpan.FromSeconds(30));
        }

        await Eventually.True(async () => (await RdevAlerts(viaB)).Count == transits.Count, TimeSpan.FromSeconds(30),
            "a route deviation alert for every transit before the kill");

        await a.Kill();
        var killed = Stopwatch.StartNew();
        output.WriteLine("silo A killed");

        // The deviation goes on, reported through the survivor: still one episode, so no new alert.
        // Until the grains A held are moved, B answers 503 (Retry-After): the gateway sends again.
        for (var seq = 8; seq <= 10; seq++)
        {
            await Acknowledged(viaB, FixesFor(transits, bodies, seq), TimeSpan.FromSeconds(60));
        }

        // The browsers on B receive each transit's latest position, whichever silo its grains lived on.
        await Task.WhenAll(transits.Zip(browsers).Select(async pair =>
        {
            var (t, browser) = pair;
            // The box's own item moves with its lock and may come first: the lock's item is the one asked for.
            var delta = await browser.DeltaAsync($"container:{t.Container}", i => i["id"]?.GetValue<string>() == $"lock:{t.Lock}" && i["lat"]?.GetValue<double>() == Lat(10), TimeSpan.FromSeconds(30));
            Assert.Equal($"lock:{t.Lock}", delta["id"]!.GetValue<string>());
        }));

        output.WriteLine($"survivor acknowledged and pushed every transit's fixes {killed.Elapsed.TotalSeconds:0.0} s after the kill");

        // The journals are replayed on the survivor (A's own, and B's reports to grains that lived
        // on A): once every transit's track holds all ten fixes, the replay has met the deviation
        // a second time. Exactly one RDEV per transit after that.
        foreach (var t in transits)
        {
            await Eventually.True(async () => (await Readback.LockPoints(viaB, t.Id)).Select(p => p.Seq).ToHashSet().SetEquals(Enumerable.Range(1, 10).Select(n => (long)n)),
                TimeSpan.FromSeconds(60), () => $"every fix of {t.Id} on the survivor:\n{b.Log}");
        }

        output.WriteLine($"every acknowledged fix is on the survivor {killed.Elapsed.TotalSeconds:0.0} s after the kill");
        // The alert list itself may answer 503 while the grains it reads move: asked again, as a console does.
        List<JsonNode> alerts = [];
        await Eventually.True(async () => (alerts = await RdevAlerts(viaB)) is not null, TimeSpan.FromSeconds(60), () => $"the alert list on the survivor:\n{b.Log}");
        foreach (var t in transits)
        {
            var forTransit = alerts.Where(x => x["consignmentId"]!.GetValue<string>() == t.Id).Select(x => x["id"]!.GetValue<string>()).ToList();
            Assert.True(forTransit.Count == 1, $"{t.Id}: {forTransit.Count} route deviation alerts ({string.Join(", ", forTransit)})");
        }
    }

    private static double Lat(long seq) => 36.01 + (seq / 10_000.0);

    private static JsonArray FixesFor(IEnumerable<(string Id, string Container, string Lock)> transits, TransitBodies bodies, long seq) =>
        new([.. transits.Select(t => (JsonNode)bodies.Fix(t.Lock, seq, Lat(seq)))]);

    /// <summary>Every RDEV alert of this drill's cluster (its own store: no other test's alerts).</summary>
    private static async Task<List<JsonNode>> RdevAlerts(ApiClient api) =>
        [.. (await api.GetArray("/api/v1/alerts?type=RDEV&limit=100", "control")).Select(x => x!)];

    /// <summary>Sends until acknowledged, as a gateway does after a 503; anything but 202 or 503 fails the drill.</summary>
    private static Task Acknowledged(ApiClient api, JsonArray body, TimeSpan within) =>
        Eventually.True(async () =>
        {
            using var response = await api.Post("/api/v1/ingest/lock-fixes", body, "device");
            Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.True(response.StatusCode == HttpStatusCode.Accepted || response.Headers.RetryAfter is not null, "a 503 without Retry-After");
            return response.StatusCode == HttpStatusCode.Accepted;
        }, within, $"fixes acknowledged through {api.BaseAddress}");

    /// <summary>The drill's browsers, closed together at its end.</summary>
    private sealed class Browsers : IAsyncDisposable
    {
        public List<LiveClient> All { get; } = [];

        public async ValueTask DisposeAsync()
        {
            foreach (var client in All)
            {
                await client.DisposeAsync();
            }
        }
    }
}
