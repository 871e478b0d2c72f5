using System.Diagnostics;
using System.Net;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;
using Tracker.Testing.Waiting;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests.Drills;

/// <summary>
/// Issue 13, item 11, drill 3: the Redis that holds the cluster's membership is killed and started
/// again on the same port, empty (no persistence, as the compose file runs it). Both silos must
/// go on: answer queries, activate new grains, acknowledge ingest, with everything acknowledged
/// before and after readable through either host.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class RedisRestartDrill(AzuriteProcess azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long Redis stays away: a restart by an orchestrator, not a lost data centre.</summary>
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(10);

    /// <summary>Generous for a loaded machine: the drill is about recovering at all, with nothing lost.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    /// <summary>The drill's own Redis: killing the collection's would pull it from under the other tests.</summary>
    private readonly RedisProcess _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task Redis_restarted_under_a_two_silo_cluster_the_cluster_recovers_with_nothing_acknowledged_lost()
    {
        var cluster = new TestCluster(Membership.Redis(_redis.ConnectionString), azurite);
        await using var a = cluster.Silo("a", ProbeTimeout);
        await using var b = cluster.Silo("b", ProbeTimeout);
        await a.Start();
        await b.Start();
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);
        var bodies = new TransitBodies(cluster.Tenant, DateTimeOffset.UtcNow);

        var before = await Declare(viaA, bodies, cluster.Tenant, "before", 4, () => a.Log);
        var clock = Stopwatch.StartNew();
        var throughA = new IngestLedger(viaA, [.. before.Select(t => t.Lock)], clock, firstSeq: 1);
        var throughB = new IngestLedger(viaB, [.. before.Select(t => t.Lock)], clock, firstSeq: 501);
        await Task.WhenAll(
            throughA.RunUntil(sent => sent.Count(s => s.Acknowledged) >= 5, TimeSpan.FromSeconds(30)),
            throughB.RunUntil(sent => sent.Count(s => s.Acknowledged) >= 5, TimeSpan.FromSeconds(30)));

        await _redis.Kill();
        output.WriteLine($"Redis killed at +{clock.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(Down);
        await _redis.Restart();
        var back = clock.Elapsed;
        output.WriteLine($"Redis answering again at +{back.TotalSeconds:0.0} s");

        // Both hosts answer, new grains activate on the cluster (new transits through either host),
        // and ingest is acknowledged again through both.
        var after = new List<(string Consignment, string Lock)>();
        foreach (var (api, name, host) in (IEnumerable<(ApiClient, string, SiloProcess)>)[(viaA, "a", a), (viaB, "b", b)])
        {
            var declared = await Declare(api, bodies, cluster.Tenant, $"after-{name}", 2, () => host.Log, Recovery);
            after.AddRange(declared);
        }

        var all = before.Concat(after).ToList();
        var gatewayA = new IngestLedger(viaA, [.. all.Select(t => t.Lock)], clock, firstSeq: 1_001);
        var gatewayB = new IngestLedger(viaB, [.. all.Select(t => t.Lock)], clock, firstSeq: 1_501);
        await Task.WhenAll(
            gatewayA.RunUntil(sent => sent.Count(s => s.Acknowledged) >= 5, Recovery),
            gatewayB.RunUntil(sent => sent.Count(s => s.Acknowledged) >= 5, Recovery));
        foreach (var ledger in (IngestLedger[])[throughA, throughB, gatewayA, gatewayB])
        {
            Assert.Empty(ledger.Batches.Where(s => s.Status is not (HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable)).Select(s => s.ToString()));
        }

        foreach (var (ledger, host) in (IEnumerable<(IngestLedger, string)>)[(gatewayA, "A"), (gatewayB, "B")])
        {
            var first = ledger.Batches.Where(s => s.Acknowledged).MinBy(s => s.AnsweredAt);
            output.WriteLine($"through {host}, first acknowledged after the restart: {first?.ToString() ?? "none"}");
        }

        Assert.True(gatewayA.Batches.Count(s => s.Acknowledged) >= 5, $"host A took no ingest after Redis came back:\n{a.Log}");
        Assert.True(gatewayB.Batches.Count(s => s.Acknowledged) >= 5, $"host B took no ingest after Redis came back:\n{b.Log}");

        // Nothing acknowledged before or after is lost, read through either host.
        foreach (var api in (ApiClient[])[viaA, viaB])
        {
            Assert.Empty(await Readback.Lost(api, before, throughA.Batches.Concat(throughB.Batches).Concat(gatewayA.Batches).Concat(gatewayB.Batches).Where(s => s.Acknowledged)));
            Assert.Empty(await Readback.Lost(api, after, gatewayA.Batches.Concat(gatewayB.Batches).Where(s => s.Acknowledged)));
        }
    }

    private static async Task<List<(string Consignment, string Lock)>> Declare(ApiClient api, TransitBodies bodies, string tenant, string label, int count, Func<string> log, TimeSpan? within = null)
    {
        var transits = Enumerable.Range(0, count).Select(n => (Consignment: $"{tenant}-{label}-c{n}", Lock: $"{tenant}-{label}-l{n}")).ToList();
        foreach (var (consignment, lockId) in transits)
        {
            await Declarations.Declare(api, bodies.Declaration(consignment, Containers.Next(), lockId), within ?? TimeSpan.FromSeconds(60), log);
        }

        return transits;
    }
}
