using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Tracker.Ingest.Journal;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;
using Tracker.Testing.Waiting;

namespace Tracker.FaultTests;

/// <summary>
/// The journal on the file store, seen from outside: it shrinks back after abusive clients,
/// and a record that cannot be replayed does not keep the host from starting.
/// </summary>
public sealed class JournalTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-journal-" + Guid.NewGuid().ToString("N"));
    private readonly string _tenant = $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task A_storm_of_aborted_requests_leaves_the_journal_shrinking_back_once_it_stops()
    {
        await using var silo = new SiloProcess(Storage("--Journal:CheckpointSeconds=1"));
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);

        // Clients that give up after a few milliseconds, many of them while their batch waits
        // for the group commit.
        var storm = Enumerable.Range(0, 8).Select(sender => Task.Run(async () =>
        {
            for (var n = 0; n < 60; n++)
            {
                using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 20)));
                try
                {
                    await api.Post("/api/v1/ingest/lock-fixes", Fixes($"storm-{sender}", n * 50, 50), "device", cancellationToken: giveUp.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }));
        await Task.WhenAll(storm);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/ingest/lock-fixes", Fixes("calm", 0, 5), "device")).StatusCode);

        var journal = Path.Combine(_root, "journal", $"silo-{silo.SiloPort}");
        await Eventually.True(() => Directory.GetFiles(journal, "*.log").Length <= 1, TimeSpan.FromSeconds(30),
            () => $"journal segments still kept: {Directory.GetFiles(journal, "*.log").Length}\n{silo.Log}");
    }

    [Fact]
    public async Task A_host_with_a_poisoned_journal_starts_sets_the_bad_batches_aside_and_replays_the_rest()
    {
        // No checkpoint after start: what is acknowledged now is only in the journal.
        await using var silo = new SiloProcess(Storage("--Journal:CheckpointSeconds=600"));
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var container = Containers.Next();
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/events", new JsonArray(GateOut(container)), "device")).StatusCode);
        await silo.Kill();

        // Two records after it that no replay can apply: one that is not a batch at all, and one
        // a grain throws on every time.
        var segment = Directory.GetFiles(Path.Combine(_root, "journal", $"silo-{silo.SiloPort}"), "*.log").Order(StringComparer.Ordinal).Last();
        await AppendRecord(segment, "this is not a batch");
        await AppendRecord(segment, """{"lockFixes":[{"lockId":"poison","fix":null}]}""");

        await silo.Start();

        var view = await api.Get($"/api/v1/containers/{container}");
        Assert.Contains(view["timeline"]!.AsArray(), m => m!["eventId"]!.GetValue<string>() == $"{container}-gtot");

        var quarantined = await api.GetArray("/api/v1/admin/journal/quarantine", "admin");
        Assert.Equal(2, quarantined.Count);
        Assert.All(quarantined, q => Assert.Equal($"silo-{silo.SiloPort}", q!["journal"]!.GetValue<string>()));
        Assert.Contains(quarantined, q => q!["batch"] is null && q["reason"]!.GetValue<string>().StartsWith("JsonException", StringComparison.Ordinal));
        Assert.Contains(quarantined, q => q!["batch"]?["lockFixes"]?[0]?["lockId"]?.GetValue<string>() == "poison");

        var metrics = await api.GetText("/metrics", "admin");
        Assert.Matches(new Regex(@"^tracker_journal_quarantined_total(\{[^}]*\})? 2$", RegexOptions.Multiline), metrics);

        // Operators only.
        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetArray("/api/v1/admin/journal/quarantine", "control"));
        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetText("/metrics", "control"));
    }

    [Fact]
    public async Task A_restarted_host_takes_fixes_while_it_replays_its_journal_and_events_once_it_has()
    {
        await using var silo = new SiloProcess(Storage("--Journal:CheckpointSeconds=600"));
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var container = Containers.Next();
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/ingest/lock-fixes", Fixes("replaying", 0, 5), "device")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/events", new JsonArray(GateOut(container)), "device")).StatusCode);
        await silo.Kill();

        // A record a grain throws on: its replay is retried for about 7 s before it is set aside,
        // which keeps this replay running long enough to be seen from outside.
        var segment = Directory.GetFiles(Path.Combine(_root, "journal", $"silo-{silo.SiloPort}"), "*.log").Order(StringComparer.Ordinal).Last();
        await AppendRecord(segment, """{"lockFixes":[{"lockId":"poison","fix":null}]}""");

        await silo.StartTakingFixes();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        var during = await api.Post("/api/v1/ingest/lock-fixes", Fixes("replaying", 5, 5), "device");
        Assert.Equal(HttpStatusCode.Accepted, during.StatusCode);
        Assert.Equal(5, (await during.Content.ReadFromJsonAsync<JsonObject>())!["accepted"]!.GetValue<int>());
        var gateIn = GateOut(container);
        gateIn["eventId"] = $"{container}-gtin";
        gateIn["eventCode"] = "GTIN";
        gateIn["time"] = Iso(DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Post("/api/v1/events", new JsonArray(gateIn.DeepClone()), "device")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await Eventually.True(() => Ready(http) == "Healthy", TimeSpan.FromSeconds(60), () => $"still {Ready(http)}\n{silo.Log}");

        // Both the replayed fixes and those taken during the replay are kept.
        var again = await api.Post("/api/v1/ingest/lock-fixes", Fixes("replaying", 0, 10), "device");
        var counts = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, counts["accepted"]!.GetValue<int>());
        Assert.Equal(10, counts["duplicates"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/events", new JsonArray(gateIn), "device")).StatusCode);
        var timeline = (await api.Get($"/api/v1/containers/{container}"))["timeline"]!.AsArray().Select(m => m!["eventId"]!.GetValue<string>());
        Assert.Equal([$"{container}-gtot", $"{container}-gtin"], timeline);
    }

    [Fact]
    public async Task A_host_whose_checkpoints_keep_failing_reports_itself_degraded_until_one_succeeds()
    {
        await using var silo = new SiloProcess(Storage("--Journal:CheckpointSeconds=1"));
        await silo.Start();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));

        // The journal's checkpoint marker can no longer be replaced: a folder stands in its way.
        var marker = Path.Combine(_root, "journal", $"silo-{silo.SiloPort}", "checkpoint");
        File.Delete(marker);
        Directory.CreateDirectory(marker);
        await Eventually.True(() => Ready(http) == "Degraded", TimeSpan.FromSeconds(30), () => $"still {Ready(http)}\n{silo.Log}");

        // Ingest still works meanwhile: the journal keeps what it takes.
        using var api = new ApiClient(silo.BaseAddress);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/ingest/lock-fixes", Fixes("degraded", 0, 3), "device")).StatusCode);

        Directory.Delete(marker);
        await Eventually.True(() => Ready(http) == "Healthy", TimeSpan.FromSeconds(30), () => $"still {Ready(http)}\n{silo.Log}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Ready(HttpClient http)
    {
        using var response = http.GetAsync(new Uri("/health/ready", UriKind.Relative)).GetAwaiter().GetResult();
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    private string[] Storage(params string[] more) => ["--Storage:Provider=File", $"--Storage:Root={_root}", .. more];

    private static async Task AppendRecord(string segment, string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        var frame = new byte[JournalFrames.HeaderSize + bytes.Length];
        JournalFrames.Write(frame, bytes);
        await using var file = new FileStream(segment, FileMode.Append, FileAccess.Write);
        await file.WriteAsync(frame);
    }

    private JsonArray Fixes(string device, int firstSeq, int count) => new([.. Enumerable.Range(firstSeq, count).Select(seq => (JsonNode)new JsonObject
    {
        ["lockId"] = $"{_tenant}-{device}",
        ["seq"] = seq + 1,
        ["time"] = Iso(DateTimeOffset.UtcNow.AddMinutes(-30).AddSeconds(seq)),
        ["lat"] = 36.0,
        ["lon"] = 120.2,
        ["seal"] = "sealed",
    })]);

    private static JsonObject GateOut(string container) => new()
    {
        ["eventId"] = $"{container}-gtot",
        ["eventType"] = "EQUIPMENT",
        ["eventCode"] = "GTOT",
        ["classifier"] = "ACT",
        ["time"] = Iso(DateTimeOffset.UtcNow.AddMinutes(-5)),
        ["equipmentReference"] = container,
        ["location"] = new JsonObject { ["unLocode"] = "CNTAO" },
    };

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
