using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Identifiers;

namespace Tracker.FaultTests;

/// <summary>
/// Signal lost and overdue must fire when nothing reports any more, even across a crash: the
/// lock goes silent, the host is killed before either clock runs out, and after the restart
/// both alerts appear with no further input.
/// </summary>
public sealed class SupervisionRestartTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-clock-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Signal_lost_and_overdue_fire_with_no_input_after_a_kill_and_restart()
    {
        await using var silo = new SiloProcess(["--Storage:Provider=File", $"--Storage:Root={_root}"]);
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var (id, container, lockId) = ($"clock-{Guid.NewGuid():N}"[..20], Containers.Next(), $"lock-{Guid.NewGuid():N}"[..16]);
        var now = DateTimeOffset.UtcNow;

        var declaration = new JsonObject
        {
            ["id"] = id,
            ["tenant"] = "acme",
            ["mode"] = "ROAD",
            ["departureOffice"] = "QDCUS",
            ["destinationOffice"] = "JZCUS",
            ["origin"] = new JsonObject { ["unLocode"] = "CNTAO" },
            ["destination"] = new JsonObject { ["unLocode"] = "CNJZO" },
            ["corridor"] = new JsonObject { ["path"] = new JsonArray(new JsonArray(120.3, 36.0), new JsonArray(120.0, 36.3)), ["bufferMeters"] = 500 },
            ["deadline"] = Iso(now.AddSeconds(20)),
            ["containers"] = new JsonArray(container),
            ["locks"] = new JsonArray(new JsonObject { ["lockId"] = lockId, ["container"] = container }),
            ["rules"] = new JsonObject { ["signalLostSeconds"] = 15, ["overdueGraceSeconds"] = 0 },
        };
        Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/v1/consignments", declaration, "customs", "QDCUS")).StatusCode);
        var fix = new JsonObject { ["lockId"] = lockId, ["seq"] = 1, ["time"] = Iso(now), ["lat"] = 36.0, ["lon"] = 120.3, ["seal"] = "sealed" };
        Assert.Equal(HttpStatusCode.Accepted, (await api.Post("/api/v1/ingest/lock-fixes", new JsonArray(fix), "device")).StatusCode);

        // Killed well before either clock runs out, so only the restarted host can raise them.
        await silo.Kill();
        Assert.True(DateTimeOffset.UtcNow < now.AddSeconds(15), "the host took too long to kill for the test to mean anything");
        await silo.Start();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        HashSet<string> types = [];
        while (DateTime.UtcNow < deadline && !(types.Contains("SLOS") && types.Contains("OVRD")))
        {
            await Task.Delay(1000);
            var alerts = await api.GetArray("/api/v1/alerts", "customs", "QDCUS");
            types = [.. alerts.Where(a => a!["consignmentId"]!.GetValue<string>() == id).Select(a => a!["type"]!.GetValue<string>())];
        }

        Assert.True(types.SetEquals(["SLOS", "OVRD"]), $"alerts after the restart: {string.Join(", ", types)}\n{silo.Log}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
