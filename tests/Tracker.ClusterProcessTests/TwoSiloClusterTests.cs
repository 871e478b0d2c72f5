using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;
using Tracker.Testing.Waiting;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// Two real silo processes sharing Azurite, as docker-compose runs them: one cluster, live pushes
/// across hosts, and no loss when one host is killed. Each subclass keeps the membership in one store.
/// </summary>
public abstract class TwoSiloClusterTests(AzuriteProcess azurite, ITestOutputHelper output)
{
    private const int Consignments = 12;

    /// <summary>Short: a killed silo is declared dead, and its grains move, within seconds.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);
    private TestCluster? _cluster;
    private TransitBodies? _bodies;

    /// <summary>Grain state, tracks and journals of the cluster (and, for one subclass, its membership).</summary>
    protected AzuriteProcess Azurite { get; } = azurite;

    /// <summary>Where this cluster's silos find each other.</summary>
    protected abstract Membership Membership { get; }

    private TestCluster Cluster => _cluster ??= new TestCluster(Membership, Azurite);

    private string Tenant => Cluster.Tenant;

    private TransitBodies Bodies => _bodies ??= new TransitBodies(Cluster.Tenant, DateTimeOffset.UtcNow.AddHours(-1));

    [Fact]
    public async Task Two_silos_share_the_grains_push_across_hosts_and_lose_nothing_when_one_is_killed()
    {
        await using var a = Silo("a");
        await using var b = Silo("b");

        // Start-up to ready: A opens the cluster, B joins it (it is ready once membership lists it active).
        var started = Stopwatch.StartNew();
        await a.Start();
        var aReady = started.ElapsedMilliseconds;
        started.Restart();
        await b.Start();
        var bReady = started.ElapsedMilliseconds;
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);

        var transits = Enumerable.Range(0, Consignments).Select(n => (Id: $"{Tenant}-c{n}", Container: Containers.Next(), Lock: $"{Tenant}-l{n}")).ToList();
        foreach (var t in transits)
        {
            Assert.Equal(HttpStatusCode.Created, (await viaA.Post("/api/v1/consignments", Bodies.Declaration(t.Id, t.Container, t.Lock), "customs", "QDCUS")).StatusCode);
        }

        // A browser on host B watches a container whose lock reports through host A.
        var watched = transits[0];
        await using var enterprise = await LiveClient.ConnectAsync(b.BaseAddress, await viaB.Token("enterprise", tenant: Tenant));
        var snapshot = await enterprise.SubscribeAsync($"container:{watched.Container}");
        Assert.Contains(snapshot, i => i!["id"]!.GetValue<string>() == $"container:{watched.Container}");

        var sent = Stopwatch.StartNew();
        await Acknowledged(viaA, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.Fix(t.Lock, 1, 36.01))]));
        var delta = await enterprise.DeltaAsync($"container:{watched.Container}", i => i["id"]!.GetValue<string>() == $"lock:{watched.Lock}");
        var crossHost = sent.ElapsedMilliseconds;
        sent.Restart();
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray(Bodies.Fix(watched.Lock, 10, 36.011)));
        await enterprise.DeltaAsync($"container:{watched.Container}", i => i["lat"]?.GetValue<double>() == 36.011);
        output.WriteLine($"ingest to delta: through A, watched on B {crossHost} ms; through B, watched on B {sent.ElapsedMilliseconds} ms");
        Assert.Equal(36.01, delta["lat"]!.GetValue<double>());

        // One cluster, visible in the dashboard, with the grains on both silos (its counters
        // are gathered from the silos every second or so).
        await Eventually.True(async () =>
        {
            var counters = await viaA.Get("/dashboard/DashboardCounters", "admin");
            var active = counters["hosts"]!.AsArray().Count(h => h!["status"]!.GetValue<string>() == "Active");
            var silosWithLocks = counters["simpleGrainStats"]!.AsArray()
                .Where(s => s!["grainType"]!.GetValue<string>().EndsWith("SmartLockGrain", StringComparison.Ordinal) && s["activationCount"]!.GetValue<int>() > 0)
                .Select(s => s!["siloAddress"]!.GetValue<string>()).Distinct().Count();
            return active == 2 && silosWithLocks == 2;
        }, TimeSpan.FromSeconds(90), "two active silos in the dashboard, each with lock grains");

        // Refused subscriptions stay refused on any host.
        await using var stranger = await LiveClient.ConnectAsync(b.BaseAddress, await viaB.Token("enterprise", tenant: "someone-else"));
        await Assert.ThrowsAsync<HubException>(() => stranger.SubscribeAsync($"container:{watched.Container}"));
        await Assert.ThrowsAsync<HubException>(() => stranger.SubscribeAsync("overview"));

        // More reports through A, acknowledged, then A dies without a word.
        await Acknowledged(viaA, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.Fix(t.Lock, 2, 36.02))]));
        await Acknowledged(viaA, "/api/v1/events", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.GateOut(t.Container))]));
        await a.Kill();
        var killed = Stopwatch.StartNew();

        // B serves every grain, with everything A acknowledged (its journal is taken over).
        foreach (var t in transits)
        {
            await Eventually.True(async () =>
            {
                var track = await viaB.Get($"/api/v1/consignments/{t.Id}/track");
                var seqs = track["locks"]?[0]?["points"]?.AsArray().Select(p => p!["seq"]!.GetValue<long>()).ToList() ?? [];
                var container = await viaB.Get($"/api/v1/containers/{t.Container}");

                // Until the journal is taken over, the state may be that of the last checkpoint.
                return seqs.Contains(1) && seqs.Contains(2) && container["terminal"]?["lastCode"]?.GetValue<string>() == "GTOT";
            }, TimeSpan.FromSeconds(90), () => $"state of {t.Id} after host A was killed:\n{b.Log}");
        }

        output.WriteLine($"{Membership} membership: silo A ready in {aReady} ms, silo B joined and ready in {bReady} ms; " +
            $"after A was killed, B served all of A's acknowledged reports in {killed.ElapsedMilliseconds} ms");

        // And B's clients still receive.
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray(Bodies.Fix(watched.Lock, 20, 36.03)));
        // The box's own item moves with its lock and may come first: the lock's item is the one asked for.
        var after = await enterprise.DeltaAsync($"container:{watched.Container}", i => i["id"]?.GetValue<string>() == $"lock:{watched.Lock}" && i["lat"]?.GetValue<double>() == 36.03, TimeSpan.FromSeconds(30));
        Assert.Equal($"lock:{watched.Lock}", after["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reports_acknowledged_by_one_host_survive_the_death_of_the_host_that_held_their_grains()
    {
        // No checkpoint runs during the test: every acknowledged report lives only in the
        // memory of the grains that took it and in the journal of the host that took it.
        await using var a = Silo("a", "--Journal:CheckpointSeconds=600");
        await using var b = Silo("b", "--Journal:CheckpointSeconds=600");
        await a.Start();
        await b.Start();
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);
        var transits = Enumerable.Range(0, 2 * Consignments).Select(n => (Id: $"{Tenant}-x{n}", Container: Containers.Next(), Lock: $"{Tenant}-y{n}")).ToList();
        foreach (var t in transits)
        {
            Assert.Equal(HttpStatusCode.Created, (await viaA.Post("/api/v1/consignments", Bodies.Declaration(t.Id, t.Container, t.Lock), "customs", "QDCUS")).StatusCode);
        }

        // Random placement puts about half of the locks on A: B journals reports for grains on A,
        // and A for grains on B.
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.Fix(t.Lock, 1, 36.01))]));
        await Acknowledged(viaA, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.Fix(t.Lock, 2, 36.02))]));
        await Acknowledged(viaB, "/api/v1/ingest/lock-fixes", new JsonArray([.. transits.Select(t => (JsonNode)Bodies.Fix(t.Lock, 3, 36.03))]));
        await a.Kill();

        foreach (var t in transits)
        {
            await Eventually.True(async () =>
            {
                var track = await viaB.Get($"/api/v1/consignments/{t.Id}/track");
                var seqs = track["locks"]?[0]?["points"]?.AsArray().Select(p => p!["seq"]!.GetValue<long>()).ToHashSet() ?? [];
                return seqs.SetEquals([1, 2, 3]);
            }, TimeSpan.FromSeconds(90), () => $"every acknowledged fix of {t.Lock} after host A was killed:\n{b.Log}");
        }
    }

    private SiloProcess Silo(string name, params string[] extra) => Cluster.Silo(name, ProbeTimeout, extra);

    private static async Task Acknowledged(ApiClient api, string path, JsonArray body)
    {
        var response = await api.Post(path, body, "device");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
