using System.Net;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Processes;

namespace Tracker.FaultTests;

/// <summary>
/// The promise of 202: several gateways send continuously, the host is killed with SIGKILL
/// mid-stream and started again on the same store. Every acknowledged report is there, and a
/// batch that was not acknowledged is there whole or not at all.
/// </summary>
public abstract class KillRecoveryTests
{
    private const int Senders = 4;

    protected abstract IReadOnlyList<string> StorageArgs { get; }

    [Fact]
    public async Task Every_acknowledged_report_survives_a_kill_and_nothing_is_half_applied()
    {
        await using var silo = new SiloProcess(StorageArgs);
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var tenant = $"t{Guid.NewGuid():N}"[..12];
        var senders = Enumerable.Range(0, Senders).Select(n => new Sender(
            $"kill-{tenant}-{n}", [Containers.Next(), Containers.Next()], [$"lock-{tenant}-{n}a", $"lock-{tenant}-{n}b"], $"truck-{tenant}-{n}")).ToList();
        foreach (var sender in senders)
        {
            Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/v1/consignments", sender.Declaration(tenant), "customs", "QDCUS")).StatusCode);
        }

        // Long enough for checkpoints (every 2 s) to run, so recovery meets both checkpointed
        // state and a journal tail; then SIGKILL while every sender is mid-stream.
        using var stop = new CancellationTokenSource();
        var running = senders.Select(s => Task.Run(() => s.Run(api, stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await silo.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(running);

        await silo.Start();

        foreach (var sender in senders)
        {
            Assert.True(sender.Batches.Count(b => b.Acknowledged) > 3, $"too few acknowledged batches to prove anything:\n{silo.Log}");
            await AssertRecovered(api, sender);
        }
    }

    private static async Task AssertRecovered(ApiClient api, Sender sender)
    {
        var track = await api.Get($"/api/v1/consignments/{sender.ConsignmentId}/track");
        var stored = track["locks"]!.AsArray()
            .SelectMany(l => l!["points"]!.AsArray().Select(p => (l["id"]!.GetValue<string>(), p!["seq"]!.GetValue<long>())))
            .ToHashSet();
        var vehicleSeqs = track["vehicle"]!["points"]!.AsArray().Select(p => p!["seq"]!.GetValue<long>()).ToHashSet();
        var timeline = new HashSet<string>();
        foreach (var container in sender.Containers)
        {
            var view = await api.Get($"/api/v1/containers/{container}");
            timeline.UnionWith(view["timeline"]!.AsArray().Select(m => m!["eventId"]!.GetValue<string>()));
        }

        foreach (var batch in sender.Batches)
        {
            var present = batch.Kind switch
            {
                SentKind.LockFixes => Sender.LockSeqs(sender.Locks, batch.K).Select(stored.Contains).ToList(),
                SentKind.VehicleFix => [vehicleSeqs.Contains(batch.K)],
                _ => [timeline.Contains(sender.EventId(batch.K))],
            };

            if (batch.Acknowledged)
            {
                Assert.True(present.All(p => p), $"acknowledged {batch.Kind} batch {batch.K} of {sender.ConsignmentId} was lost");
            }
            else
            {
                Assert.True(present.All(p => p) || !present.Any(p => p), $"{batch.Kind} batch {batch.K} of {sender.ConsignmentId} is half applied");
            }
        }

        // Dedupe survived too: an acknowledged batch sent again changes nothing.
        var again = await api.Post("/api/v1/ingest/lock-fixes", sender.LockFixes(sender.Batches.First(b => b is { Kind: SentKind.LockFixes, Acknowledged: true }).K), "device");
        Assert.Contains("\"accepted\":0", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class FileStoreKillRecoveryTests : KillRecoveryTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-kill-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyList<string> StorageArgs => ["--Storage:Provider=File", $"--Storage:Root={_root}"];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

public sealed class AzuriteKillRecoveryTests(AzuriteProcess azurite) : KillRecoveryTests, IClassFixture<AzuriteProcess>
{
    protected override IReadOnlyList<string> StorageArgs =>
        ["--Storage:Provider=AzureBlob", $"--Storage:ConnectionString={azurite.ConnectionString}", "--Storage:Container=killtest"];
}
