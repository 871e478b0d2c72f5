using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// Two real silo processes with Redis membership sharing Azurite, as docker-compose runs
/// them: one cluster, live pushes across hosts, and no loss when one host is killed.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class TwoSiloClusterTests(RedisProcess redis, AzuriteProcess azurite, ITestOutputHelper output)
{
    private const int Consignments = 12;

    /// <summary>Short: a killed silo is declared dead, and its grains move, within seconds.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);
    private readonly TestCluster _cluster = new(redis, azurite);
    private readonly DateTimeOffset _base = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task Two_silos_share_the_grains_push_across_hosts_and_lose_nothing_when_one_is_killed()
    {
        var bodies = new TransitBodies(_cluster.Tenant, _base);
        await using var a = _cluster.Silo("a", ProbeTimeout);
        await using var b = _cluster.Silo("b", ProbeTimeout);
        await a.Start();
        await b.Start();
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);

        var transits = Enumerable.Range(0, Consignments).Select(n => (Id: $"{_cluster.Tenant}-c{n}", Container: Containers.Next(), Lock: $"{_cluster.Tenant}-l{n}")).ToList();
        foreach (var t in transits)
        {
            Assert.Equal(HttpStatusCode.Created, (await viaA.Post("/api/v1/consignments", bodies.Declaration(t.Id, t.Container, t.Lock), "customs", "QDCUS")).StatusCode);
        }

        // A browser on host B watches a container whose lock reports through host A.
        var watched = transits[0];
        await using var enterprise = await LiveClient.ConnectAsync(b.BaseAddress, await viaB.Token("enterprise", tenant: _cluster.Tenant));
        var snapshot = await enterprise.SubscribeAsync($"container:{watched.Container}");
        Assert.Contains(snapshot, i => i!["id"]!.GetValue<string>() == $"container:{watched.Container}");

        var sent = Stopwatch.StartNew();
        await Acknowledged(viaA, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)bodies.Fix(t.Lock, 1, 36.01))]));
        var delta = await enterprise.DeltaAsync($"container:{watched.Container}", i => i["id"]!.GetValue<string>() == $"lock:{watched.Lock}");
        var crossHost = sent.ElapsedMilliseconds;
        sent.Restart();
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray(bodies.Fix(watched.Lock, 10, 36.011)));
        await enterprise.DeltaAsync($"container:{watched.Container}", i => i["lat"]?.GetValue<double>() == 36.011);
        output.WriteLine($"ingest to delta: through A, watched on B {crossHost} ms; through B, watched on B {sent.ElapsedMilliseconds} ms");
        Assert.Equal(36.01, delta["lat"]!.GetValue<double>());

        // One cluster, visible in the dashboard, with the grains on both silos (its counters
        // are gathered from the silos every second or so).
        await Eventually(async () =>
        {
            var counters = await viaA.Get("/dashboard/DashboardCounters", "admin");
            var active = counters["hosts"]!.AsArray().Count(h => h!["status"]!.GetValue<string>() == "Active");
            var silosWithLocks = counters["simpleGrainStats"]!.AsArray()
                .Where(s => s!["grainType"]!.GetValue<string>().EndsWith("SmartLockGrain", StringComparison.Ordinal) && s["activationCount"]!.GetValue<int>() > 0)
                .Select(s => s!["siloAddress"]!.GetValue<string>()).Distinct().Count();
            return active == 2 && silosWithLocks == 2;
        }, "two active silos in the dashboard, each with lock grains");

        // Refused subscriptions stay refused on any host.
        await using var stranger = await LiveClient.ConnectAsync(b.BaseAddress, await viaB.Token("enterprise", tenant: "someone-else"));
        await Assert.ThrowsAsync<HubException>(() => stranger.SubscribeAsync($"container:{watched.Container}"));
        await Assert.ThrowsAsync<HubException>(() => stranger.SubscribeAsync("overview"));

        // More reports through A, acknowledged, then A dies without a word.
        await Acknowledged(viaA, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)bodies.Fix(t.Lock, 2, 36.02))]));
        await Acknowledged(viaA, "/api/v1/events", new JsonArray([.. transits.Select(t => (JsonNode)bodies.GateOut(t.Container))]));
        await a.Kill();

        // B serves every grain, with everything A acknowledged (its journal is taken over).
        foreach (var t in transits)
        {
            await Eventually(async () =>
            {
                var track = await viaB.Get($"/api/v1/consignments/{t.Id}/track");
                var seqs = track["locks"]?[0]?["points"]?.AsArray().Select(p => p!["seq"]!.GetValue<long>()).ToList() ?? [];
                var container = await viaB.Get($"/api/v1/containers/{t.Container}");

                // Until the journal is taken over, the state may be that of the last checkpoint.
                return seqs.Contains(1) && seqs.Contains(2) && container["terminal"]?["lastCode"]?.GetValue<string>() == "GTOT";
            }, $"state of {t.Id} after host A was killed:\n{b.Log}");
        }

        // And B's clients still receive.
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray(bodies.Fix(watched.Lock, 20, 36.03)));
        var after = await enterprise.DeltaAsync($"container:{watched.Container}", i => i["lat"]?.GetValue<double>() == 36.03, TimeSpan.FromSeconds(30));
        Assert.Equal($"lock:{watched.Lock}", after["id"]!.GetValue<string>());
    }

    private static async Task Acknowledged(ApiClient api, string path, JsonArray body)
    {
        var response = await api.Post(path, body, "device");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        Assert.Fail($"not reached in 90 s: {what}");
    }
}
