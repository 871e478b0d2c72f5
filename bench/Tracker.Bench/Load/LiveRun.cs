using System.Diagnostics;
using System.Net;
using System.Text;

namespace Tracker.Bench.Load;

/// <summary>
/// The live hub at the run's scale: the overview snapshot, then the clients while fixes arrive at
/// 5,000/s (delta_latency), then baseline (c): to the clients of each whole-map view (overview, road:
/// the ones that receive every move), messages of the size that view's real deltas had, sent straight
/// through the hub at the broadcaster's pace (every 250 ms) and timed the same way. The container and
/// alerts clients stay connected but receive nothing in (c): their real deltas were a few items.
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
            RunLog.Say($"{options.Clients} live clients connected and subscribed in {took.TotalSeconds:0.0} s; {clients.Refused} refused three times");
            var (messagesBefore, itemsBefore, viewsBefore) = (clients.Messages, clients.Items, clients.ByView());
            clients.Record(on: true);
            var paced = await driver.Paced(Target.Ingest, window, LoadOptions.DeltaRate);
            await Task.Delay(500);
            clients.Record(on: false);
            var latencies = clients.Latencies();
            var (messages, items) = (clients.Messages - messagesBefore, clients.Items - itemsBefore);
            var p99 = Percentiles.Of(latencies, 99);
            RunLog.Say($"deltas at {LoadOptions.DeltaRate:N0} reports/s: {messages:N0} messages, {items:N0} items; fix-to-client p50 {Percentiles.Of(latencies, 50):0} ms, p99 {p99:0} ms; ingest {paced}");
            var detail = $"fix time to client receipt, {latencies.Count:N0} lock/truck items in {messages:N0} messages to {options.Clients} clients " +
                $"(1 in 25 on overview, 1 in 25 on road, 1 in 10 on alerts, the rest on a container each) at {paced.PerSecond:N0} reports/s taken (fixes, AIS, events); p50 {Percentiles.Of(latencies, 50):0} ms";
            if (!baselines || messages == 0)
            {
                return [new Figure("delta_latency", p99, "ms p99", detail, Target: "<= 300 ms", Met: latencies.Count > 0 && p99 <= 300), snapshot];
            }

            var viewsAfter = clients.ByView();
            var sizes = WholeMap.ToDictionary(
                view => view,
                view => viewsAfter.TryGetValue(view, out var after) && after.Messages > Before(viewsBefore, view).Messages
                    ? (int)((after.Items - Before(viewsBefore, view).Items) / (after.Messages - Before(viewsBefore, view).Messages))
                    : 1,
                StringComparer.Ordinal);
            var size = string.Join(", ", sizes.Select(v => $"{v.Value:N0} items to {v.Key}"));
            IReadOnlyCollection<double> broadcast;
            try
            {
                broadcast = await Broadcast(api, clients, sizes, window);
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

            RunLog.Say($"baseline (c) broadcast of {size} every 250 ms: p50 {Percentiles.Of(broadcast, 50):0} ms, p99 {Percentiles.Of(broadcast, 99):0} ms");
            var rawP99 = Percentiles.Of(broadcast, 99);
            return
            [
                new Figure("delta_latency", p99, "ms p99", detail, "broadcast (c) p99", rawP99, rawP99 > 0 ? p99 / rawP99 : null, "<= 300 ms", latencies.Count > 0 && p99 <= 300),
                new Figure("baseline_broadcast (c)", rawP99, "ms p99", $"a deltas message of synthetic lock items sent straight to each whole-map view's clients every 250 ms, as large as that view's real ones ({size}), {broadcast.Count:N0} items timed; p50 {Percentiles.Of(broadcast, 50):0} ms"),
                snapshot,
            ];
        }
    }

    private static readonly string[] WholeMap = ["overview", "road"];

    private static (long Messages, long Items) Before(IReadOnlyDictionary<string, (long Messages, long Items)> counts, string view) =>
        counts.TryGetValue(view, out var c) ? c : (0, 0);

    private static async Task<IReadOnlyCollection<double>> Broadcast(LoadApi api, LiveClients clients, IReadOnlyDictionary<string, int> sizes, TimeSpan window)
    {
        clients.Record(on: true);
        var clock = Stopwatch.StartNew();
        for (var tick = 0; clock.Elapsed < window; tick++)
        {
            foreach (var (view, size) in sizes)
            {
                using var content = new StringContent($"{{\"view\":\"{view}\",\"items\":{size}}}", Encoding.UTF8, "application/json");
                using var response = await api.Post("/api/v1/bench/broadcast", content, api.Device);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"POST /api/v1/bench/broadcast answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
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
