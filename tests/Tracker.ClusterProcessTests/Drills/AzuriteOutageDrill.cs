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
/// Issue 13, item 11, drill 1: the store behind the ingest journal and the grains (Azure Blob, here
/// a real Azurite process of the drill's own) goes away for 30 s while gateways keep reporting.
/// Ingest must say so (503 with Retry-After), never acknowledge what it could not make durable,
/// take reports again within 5 s of the store's return, and lose nothing it acknowledged, not
/// even across a restart of the host.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class AzuriteOutageDrill(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Transits = 3;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Steady = TimeSpan.FromSeconds(5);

    /// <summary>The bound, from the store answering again to ingest acknowledging again.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest any ingest call may take, outage or not: a gateway must learn to come back
    /// later, not be held until the API's failover bound (8 s) or its own timeout. Answers
    /// took up to 2.5 s on a loaded 2-core machine, 503s during the outage up to 1.5 s.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(6);

    private readonly AzuriteProcess _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task Outage_of_the_store_ingest_answers_503_with_Retry_After_is_back_within_5_s_and_loses_nothing_acknowledged()
    {
        var tenant = $"t{Guid.NewGuid():N}"[..10];
        await using var silo = new SiloProcess([
            "--Storage:Provider=AzureBlob",
            $"--Storage:ConnectionString={_azurite.ConnectionString}",
            "--Storage:Container=outage-drill"]);
        try
        {
            await Run(silo, tenant);
        }
        catch
        {
            // What held a call is read from the host's log: which write failed, which bound gave up.
            output.WriteLine("silo log:");
            output.WriteLine(string.Join('\n', silo.LogLines));
            throw;
        }
    }

    private async Task Run(SiloProcess silo, string tenant)
    {
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var bodies = new TransitBodies(tenant, DateTimeOffset.UtcNow);
        var transits = Enumerable.Range(0, Transits).Select(n => (Consignment: $"{tenant}-c{n}", Lock: $"{tenant}-l{n}")).ToList();
        foreach (var (consignment, lockId) in transits)
        {
            await Declarations.Declare(api, bodies.Declaration(consignment, Containers.Next(), lockId), TimeSpan.FromSeconds(60), () => silo.Log);
        }

        var clock = Stopwatch.StartNew();
        var gateway = new IngestLedger(api, [.. transits.Select(t => t.Lock)], clock);
        using var stopSending = new CancellationTokenSource();
        var sending = gateway.Run(stopSending.Token);

        // Steady ingest first, long enough for checkpoints (every 2 s) to have written state and tracks.
        await Task.Delay(Steady);
        var pid = _azurite.ProcessId;
        await _azurite.Stop();
        var down = clock.Elapsed;
        output.WriteLine($"Azurite (pid {pid}) stopped at +{down.TotalSeconds:0.00} s");
        await Task.Delay(Outage);
        var restarting = clock.Elapsed;
        await _azurite.Restart();
        var back = clock.Elapsed;
        output.WriteLine($"Azurite restarted at +{restarting.TotalSeconds:0.00} s, answering at +{back.TotalSeconds:0.00} s");

        // Sending on well past the bound, so that "back and staying back" is seen too.
        await Task.Delay(RecoveryBound + TimeSpan.FromSeconds(5));
        await stopSending.CancelAsync();
        await sending;

        var batches = gateway.Batches;
        Report(batches, down, back);

        // Every answer is a 202 or a 503 that says when to come back, and none kept the gateway waiting.
        Assert.Empty(batches.Where(b => b.Status is not (HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable)).Select(b => b.ToString()));
        Assert.Empty(batches.Where(b => b.Status == HttpStatusCode.ServiceUnavailable && b.RetryAfter is null).Select(b => b.ToString()));
        Assert.Empty(batches.Where(b => b.Took > Patience).Select(b => b.ToString()));

        // Nothing sent while the store was down was acknowledged before it came back: it could not have been durable.
        var duringOutage = batches.Where(b => b.SentAt >= down && b.AnsweredAt <= restarting).ToList();
        Assert.Contains(duringOutage, b => b.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Empty(duringOutage.Where(b => b.Acknowledged).Select(b => b.ToString()));

        // Back within the bound of the store answering, and acknowledging everything from then on.
        var firstBack = batches.Where(b => b.Acknowledged && b.AnsweredAt >= back).MinBy(b => b.AnsweredAt);
        Assert.NotNull(firstBack);
        Assert.True(firstBack.AnsweredAt - back <= RecoveryBound, $"ingest acknowledged again {(firstBack.AnsweredAt - back).TotalSeconds:0.00} s after the store answered (bound {RecoveryBound.TotalSeconds} s)");
        Assert.Empty(batches.Where(b => b.SentAt >= back + RecoveryBound && !b.Acknowledged).Select(b => b.ToString()));

        // Nothing acknowledged is lost: before, during and after the outage, and again after a crash of the host.
        var acknowledged = batches.Where(b => b.Acknowledged).ToList();
        Assert.Contains(acknowledged, b => b.AnsweredAt < down);
        Assert.Empty(await Readback.Lost(api, transits, acknowledged));
        await silo.Kill();
        await silo.Start();
        List<string> lost = [];
        await Eventually.True(async () => (lost = await Readback.Lost(api, transits, acknowledged)).Count == 0, TimeSpan.FromSeconds(30),
            () => $"acknowledged batches missing after the host's restart:\n{string.Join('\n', lost.Take(10))}\n{silo.Log}");
    }

    private void Report(IReadOnlyList<IngestLedger.Sent> batches, TimeSpan down, TimeSpan back)
    {
        output.WriteLine($"{batches.Count} batches; store down from +{down.TotalSeconds:0.00} s to +{back.TotalSeconds:0.00} s");
        foreach (var phase in batches.GroupBy(b => b.SentAt < down ? "before" : b.SentAt < back ? "during" : "after"))
        {
            foreach (var status in phase.GroupBy(b => b.Status))
            {
                output.WriteLine($"  sent {phase.Key}: {(int)status.Key} x{status.Count()}, answered +{status.Min(b => b.AnsweredAt.TotalSeconds):0.00}..+{status.Max(b => b.AnsweredAt.TotalSeconds):0.00} s, slowest {status.Max(b => b.Took.TotalSeconds):0.00} s; e.g. {status.First()}");
            }
        }
    }
}
