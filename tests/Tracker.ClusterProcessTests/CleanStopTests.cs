using System.Net;
using System.Text.Json.Nodes;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;
using Tracker.Testing.Waiting;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// Issue 10, defect 9: a host told to stop (SIGTERM, as docker or Kubernetes do) after its peer
/// was killed stops cleanly: its final checkpoint, live feed, schedule keeper and the silo's own
/// shutdown must not crash the process, whether the dead peer is declared dead yet or not.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class CleanStopTests(RedisProcess redis, AzuriteProcess azurite, ITestOutputHelper output)
{
    private const int Transits = 6;

    /// <summary>A killed peer counts as alive for about three of these.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The host's own shutdown timeout (30 s) and slack for a busy machine.</summary>
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(45);

    private readonly TestCluster _cluster = new(Membership.Redis(redis.ConnectionString), azurite);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_its_peer_was_killed_a_host_stops_with_exit_code_0_and_nothing_unhandled(bool peerDeclaredDeadFirst)
    {
        var bodies = new TransitBodies(_cluster.Tenant, DateTimeOffset.UtcNow.AddHours(-1));
        string[] settings = [
            // No periodic checkpoint: only the one at start and the final one at the stop. A periodic
            // one in flight when the peer dies waits until the peer is declared dead, and the stop
            // waits for it, so that the final checkpoint would then meet a cluster already healed.
            "--Journal:CheckpointSeconds=3600",

            // Timed, and with the host's "shutting down", so that a failure's log shows what the stop waited on.
            "--Logging:Console:TimestampFormat=HH:mm:ss.fff ",
            "--Logging:Console:UseUtcTimestamp=true",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"];
        await using var a = _cluster.Silo("a", ProbeTimeout, settings);
        await using var b = _cluster.Silo("b", ProbeTimeout, settings);
        await a.Start();
        await b.Start();
        using var viaA = new ApiClient(a.BaseAddress);
        using var viaB = new ApiClient(b.BaseAddress);

        // Reports through both hosts, to grains on both: each host has journal to retire and grains to write.
        var transits = Enumerable.Range(0, Transits).Select(n => (Id: $"{_cluster.Tenant}-c{n}", Container: Containers.Next(), Lock: $"{_cluster.Tenant}-l{n}")).ToList();
        foreach (var (t, n) in transits.Select((t, n) => (t, n)))
        {
            var via = n % 2 == 0 ? viaA : viaB;
            Assert.Equal(HttpStatusCode.Created, (await via.Post("/api/v1/consignments", bodies.Declaration(t.Id, t.Container, t.Lock), "customs", "QDCUS")).StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, (await via.Post("/api/v1/ingest/lock-fixes", new JsonArray(bodies.Fix(t.Lock, 1, 36.01)), "device")).StatusCode);
        }

        // The host that stops is the one whose checkpoint clock lived on the killed peer: its
        // final checkpoint asks that clock, which is what crashed the stop in the issue.
        var clockAt = await SiloOf(viaA, "CheckpointClockGrain");
        var (doomed, survivor, viaSurvivor) = clockAt.StartsWith($"127.0.0.1:{a.SiloPort}@", StringComparison.Ordinal) ? (a, b, viaB) : (b, a, viaA);
        await Acknowledged(viaSurvivor, new JsonArray([.. transits.Select(t => (JsonNode)bodies.Fix(t.Lock, 2, 36.02))]));
        await doomed.Kill();
        output.WriteLine($"killed the silo at {clockAt}, where the checkpoint clock lived, at {DateTime.UtcNow:HH:mm:ss.fff} UTC");

        if (peerDeclaredDeadFirst)
        {
            await Eventually.True(async () => await ActiveSilos(viaSurvivor) == 1, TimeSpan.FromSeconds(60), "the killed silo declared dead");
            output.WriteLine($"the killed silo was declared dead by {DateTime.UtcNow:HH:mm:ss.fff} UTC");
        }

        var stopping = DateTime.UtcNow;
        var logged = survivor.LogLines.Count;
        var exitCode = await survivor.Stop(StopWithin);
        output.WriteLine($"stop took {(DateTime.UtcNow - stopping).TotalSeconds:0.0} s, exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");

        var log = survivor.LogLines;
        var shutdown = string.Join('\n', log.Skip(logged).Where(line => !line.StartsWith("         at ", StringComparison.Ordinal)).TakeLast(120));
        Assert.True(exitCode is not null, $"the host was still running {StopWithin.TotalSeconds} s after SIGTERM:\n{shutdown}");
        Assert.True(exitCode == 0, $"the host exited with {exitCode}:\n{shutdown}");
        var crash = log.FirstOrDefault(line => line.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase) || line.Contains("crit:", StringComparison.Ordinal));
        Assert.True(crash is null, $"the host logged \"{crash}\":\n{shutdown}");
    }

    /// <summary>The address ("host:port@generation") of the silo where a grain of that type is active, as the dashboard reports it.</summary>
    private static async Task<string> SiloOf(ApiClient api, string grainType)
    {
        string? address = null;
        await Eventually.True(async () =>
        {
            var counters = await api.Get("/dashboard/DashboardCounters", "admin");
            address = counters["simpleGrainStats"]!.AsArray()
                .Where(s => s!["grainType"]!.GetValue<string>().EndsWith(grainType, StringComparison.Ordinal) && s["activationCount"]!.GetValue<int>() > 0)
                .Select(s => s!["siloAddress"]!.GetValue<string>())
                .FirstOrDefault();
            return address is not null;
        }, TimeSpan.FromSeconds(60), $"a {grainType} in the dashboard");
        return address!;
    }

    private static async Task<int> ActiveSilos(ApiClient api)
    {
        var counters = await api.Get("/dashboard/DashboardCounters", "admin");
        return counters["hosts"]!.AsArray().Count(h => h!["status"]!.GetValue<string>() == "Active");
    }

    private static async Task Acknowledged(ApiClient api, JsonArray fixes) =>
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/ingest/lock-fixes", fixes, "device")).StatusCode);
}
