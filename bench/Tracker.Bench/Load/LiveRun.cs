using System.Diagnostics;
using System.Net;
using System.Text;

namespace Tracker.Bench.Load;

/// <summary>
/// The live hub at the run's scale: the overview snapshot, then the clients while fixes arrive at
/// 5,000/s (delta_latency), then baseline (c): messages of the same size broadcast straight to the
/// same clients, at the broadcaster's pace (every 250 ms), timed the same way.
/// </summary>
public static class LiveRun
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    public static async Task<List<Figure>> Run(LoadOptions options, LoadApi api, bool baselines, Transit[] transits, FixDriver driver, TimeSpan window)
    {
        var (snapshotTook, snapshotItems) = await LiveClients.OverviewSnapshot(api);
        RunLog.Say($"overview snapshot: {snapshotItems:N0} items in {snapshotTook.TotalMilliseconds:N0} ms");
        var snapshot = new Figure("snapshot", snapshotTook.TotalMilliseconds, "ms", $"Subscribe(\"overview\") to the snapshot received, {snapshotItems:N0} objects", Target: "<= 1,000 ms (at 100k objects)", Met: snapshotTook.TotalMilliseconds <= 1000);

        // Connected only now, so that their traffic does not weigh on the ingest figures above.
        var (clients, took) = await LiveClients.Connect(api, options.Clients, transits);
        await using (clients)
        {
            RunLog.Say($"{options.Clients} live clients connected and subscribed in {took.TotalSeconds:0.0} s");
            var (messagesBefore, itemsBefore) = (clients.Messages, clients.Items);
            clients.Record(on: true);
            var paced = await driver.Paced(Target.Ingest, window, LoadOptions.DeltaRate);
            await Task.Delay(500);
            clients.Record(on: false);
            var latencies = clients.Latencies();
            var (messages, items) = (clients.Messages - messagesBefore, clients.Items - itemsBefore);
            var p99 = Percentiles.Of(latencies, 99);
            RunLog.Say($"deltas at {LoadOptions.DeltaRate:N0} fixes/s: {messages:N0} messages, {items:N0} items; fix-to-client p50 {Percentiles.Of(latencies, 50):0} ms, p99 {p99:0} ms; ingest {paced}");
            var detail = $"fix time to client receipt, {latencies.Count:N0} lock/truck items in {messages:N0} messages to {options.Clients} clients " +
                $"(1 in 25 on overview, 1 in 25 on road, 1 in 10 on alerts, the rest on a container each) at {paced.PerSecond:N0} fixes/s; p50 {Percentiles.Of(latencies, 50):0} ms";
            if (!baselines || messages == 0)
            {
                return [new Figure("delta_latency", p99, "ms p99", detail, Target: "<= 300 ms", Met: latencies.Count > 0 && p99 <= 300), snapshot];
            }

            var size = (int)Math.Max(1, items / messages);
            IReadOnlyCollection<double> broadcast;
            try
            {
                broadcast = await Broadcast(api, clients, size, window);
                if (broadcast.Count == 0)
                {
                    throw new InvalidOperationException("the clients received none of the broadcast items");
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
            {
                // The baseline failing must not cost the run its other figures.
                RunLog.Say($"baseline (c) failed: {e.Message}");
                return [new Figure("delta_latency", p99, "ms p99", detail, Target: "<= 300 ms", Met: latencies.Count > 0 && p99 <= 300), snapshot];
            }

            RunLog.Say($"baseline (c) broadcast of {size:N0} items to every client every 250 ms: p50 {Percentiles.Of(broadcast, 50):0} ms, p99 {Percentiles.Of(broadcast, 99):0} ms");
            var rawP99 = Percentiles.Of(broadcast, 99);
            return
            [
                new Figure("delta_latency", p99, "ms p99", detail, "broadcast (c) p99", rawP99, rawP99 > 0 ? p99 / rawP99 : null, "<= 300 ms", latencies.Count > 0 && p99 <= 300),
                new Figure("baseline_broadcast (c)", rawP99, "ms p99", $"a deltas message of {size:N0} synthetic lock items (the mean size of the real ones) sent straight to all {options.Clients} clients every 250 ms, {broadcast.Count:N0} items timed; p50 {Percentiles.Of(broadcast, 50):0} ms"),
                snapshot,
            ];
        }
    }

    private static async Task<IReadOnlyCollection<double>> Broadcast(LoadApi api, LiveClients clients, int size, TimeSpan window)
    {
        clients.Record(on: true);
        var clock = Stopwatch.StartNew();
        for (var tick = 0; clock.Elapsed < window; tick++)
        {
            using var content = new StringContent($"{{\"items\":{size}}}", Encoding.UTF8, "application/json");
            using var response = await api.Post("/api/v1/bench/broadcast", content, api.Device);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"POST /api/v1/bench/broadcast answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var next = Tick * (tick + 1);
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }
        }

        await Task.Delay(500);
        clients.Record(on: false);
        return clients.Latencies();
    }
}
