using System.Net;
using Tracker.Simulator.Protocols.Jt808;
using Tracker.Testing.Clients;
using Tracker.Testing.Hosts;
using Tracker.Testing.Http;
using Tracker.Testing.Network;

namespace Tracker.FaultTests;

/// <summary>
/// The gateway's promise: a fix a JT/T 808 terminal got its 0x8001 for is durable. The host is killed (SIGKILL)
/// while a terminal reports, started again on the same store, and every acknowledged fix is on the lock's track.
/// </summary>
public sealed class Jt808KillTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-jt808-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_fix_acknowledged_over_jt808_survives_a_kill()
    {
        var port = FreePort.Next();
        await using var silo = new SiloProcess(["--Storage:Provider=File", $"--Storage:Root={_root}"]) { ExtraArgs = [$"--Gateways:Jt808:Port={port}"] };
        await silo.Start();
        using var api = new ApiClient(silo.BaseAddress);
        var (id, container, lockId, phone) = (Ids.Unique("rt"), Ids.Container(), Ids.Unique("lock"), "13" + Random.Shared.NextInt64(100_000_000, 999_999_999));
        Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/v1/consignments", Bodies.RoadDeclaration(id, "t-kill", "QDCUS", [container], [lockId]), "customs", "QDCUS")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/v1/devices", Json.Obj(("terminalId", phone), ("protocol", "JT808"), ("lockId", lockId)), "admin")).StatusCode);

        var acknowledged = new List<DateTimeOffset>();
        var start = Times.Base();
        await using (var terminal = await Jt808Terminal.Connect("127.0.0.1", port, phone))
        {
            Assert.NotNull(await terminal.Login());
            var reporting = Task.Run(async () =>
            {
                try
                {
                    for (var n = 0; ; n++)
                    {
                        var time = start.AddSeconds(n);
                        if ((await terminal.Report(new Jt808Position(time, 36.0 + (n / 10000.0), 120.2, Sealed: true))).Result == 0)
                        {
                            lock (acknowledged)
                            {
                                acknowledged.Add(time);
                            }
                        }
                    }
                }
                catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
                {
                    // The host died under the terminal.
                }
            });

            // Long enough for checkpoints (every 2 s) to run, so recovery meets both checkpointed state and a journal tail.
            await Task.Delay(TimeSpan.FromSeconds(5));
            await silo.Kill();
            await reporting;
        }

        await silo.Start();
        var track = await api.Get($"/api/v1/consignments/{id}/track");
        var stored = track["locks"]![0]!["points"]!.AsArray().Select(p => Times.Parse(p!["time"])).ToHashSet();

        Assert.True(acknowledged.Count > 10, $"too few acknowledged fixes to prove anything ({acknowledged.Count}):\n{silo.Log}");
        Assert.All(acknowledged, t => Assert.Contains(t, stored));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
