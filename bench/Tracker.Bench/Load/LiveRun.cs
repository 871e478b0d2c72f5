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
/// Then the same snapshot and delta window again on the MessagePack protocol, with as many clients
/// (the JSON ones gone) at the same rate, each figure against its JSON one.
/// </summary>
public static class LiveRun
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    /// <summary>One protocol's delta window: the figure's detail and what the MessagePack one is judged against.</summary>
    private sealed record Window(IReadOnlyCollection<double> Latencies, long Messages, long Items, long Bytes, string Detail)
    {
        public double P99 => Percentiles.Of(Latencies, 99);

        public string BytesPerItem => Items > 0 ? $"{Bytes / (double)Items:N0} bytes an item ({Bytes:N0} bytes)" : "no items";
    }

    public static async Task<List<Figure>> Run(LoadOptions options, LoadApi api, bool baselines, Transit[] transits, FixDriver driver, TimeSpan window)
    {
        var (snapshotTook, snapshotItems, snapshotBytes) = await Snapshot(api, HubProtocol.Json);
        var snapshot = new Figure("snapshot", snapshotTook.TotalMilliseconds, "ms", $"Subscribe(\"overview\") to the snapshot received, {snapshotItems:N0} objects, {snapshotBytes:N0} bytes of JSON", Target: "<= 1,000 ms (at 100k objects)", Met: snapshotTook.TotalMilliseconds <= 1000);

        // The first MessagePack snapshot also pays for that protocol's first use on both ends (formatters built,
        // code jitted), which the JSON one had paid for earlier: each protocol's second snapshot is compared.
        var (packedCold, _, _) = await Snapshot(api, HubProtocol.MessagePack);
        var (jsonTook, _, jsonBytes) = await Snapshot(api, HubProtocol.Json);
        var (packedTook, packedItems, packedBytes) = await Snapshot(api, HubProtocol.MessagePack);
        var packedSnapshot = new Figure(
            "snapshot_messagepack", packedTook.TotalMilliseconds, "ms",
            $"the same on the MessagePack protocol, {packedItems:N0} objects, {packedBytes:N0} bytes ({Ratio(packedBytes, jsonBytes):0.00} of the JSON bytes); " +
            $"each protocol's second snapshot, after one of each (the first MessagePack one took {packedCold.TotalMilliseconds:N0} ms)",
            "snapshot (JSON, second)", jsonTook.TotalMilliseconds, Ratio(packedTook.TotalMilliseconds, jsonTook.TotalMilliseconds),
            "<= 1,000 ms (at 100k objects)", packedTook.TotalMilliseconds <= 1000);

        var figures = new List<Figure>();
        Window json;

        // Connected only now, so that their traffic does not weigh on the ingest figures above.
        var (clients, took) = await LiveClients.Connect(api, options.Clients, transits, HubProtocol.Json);
        await using (clients)
        {
            RunLog.Say($"{options.Clients} live clients (JSON) connected and subscribed in {took.TotalSeconds:0.0} s; {clients.Refused} refused three times");
            var viewsBefore = clients.ByView();
            json = await Deltas(clients, options, driver, window, HubProtocol.Json);
            var delta = new Figure("delta_latency", json.P99, "ms p99", json.Detail, Target: "<= 300 ms", Met: json.Latencies.Count > 0 && json.P99 <= 300);
            if (!baselines || json.Messages == 0)
            {
                figures.Add(delta);
            }
            else
            {
                figures.AddRange(await WithBroadcast(api, clients, delta, viewsBefore, window));
            }
        }

        // The JSON clients are gone: this window has exactly --clients connections too.
        var (packedClients, packedConnect) = await LiveClients.Connect(api, options.Clients, transits, HubProtocol.MessagePack);
        await using (packedClients)
        {
            RunLog.Say($"{options.Clients} live clients (MessagePack) connected and subscribed in {packedConnect.TotalSeconds:0.0} s; {packedClients.Refused} refused three times");
            var packed = await Deltas(packedClients, options, driver, window, HubProtocol.MessagePack);
            figures.Insert(1, new Figure(
                "delta_latency_messagepack", packed.P99, "ms p99", $"{packed.Detail}; JSON's window had {json.BytesPerItem}",
                "delta_latency (JSON)", json.P99, Ratio(packed.P99, json.P99), "<= 300 ms", packed.Latencies.Count > 0 && packed.P99 <= 300));
        }

        figures.Add(snapshot);
        figures.Add(packedSnapshot);
        return figures;
    }

    private static double? Ratio(double value, double baseline) => baseline > 0 ? value / baseline : null;

    private static async Task<(TimeSpan Took, int Items, long Bytes)> Snapshot(LoadApi api, HubProtocol protocol)
    {
        var (took, items, bytes) = await LiveClients.OverviewSnapshot(api, protocol);
        RunLog.Say($"overview snapshot ({protocol.Display()}): {items:N0} items in {took.TotalMilliseconds:N0} ms, {bytes:N0} bytes");
        return (took, items, bytes);
    }

    /// <summary>Fixes paced at the delta rate for one window; every lock and truck item the clients receive is timed.</summary>
    private static async Task<Window> Deltas(LiveClients clients, LoadOptions options, FixDriver driver, TimeSpan window, HubProtocol protocol)
    {
        var (messagesBefore, itemsBefore, bytesBefore) = (clients.Messages, clients.Items, clients.Bytes);
        clients.Record(on: true);
        var paced = await driver.Paced(Target.Ingest, window, LoadOptions.DeltaRate);
        await Task.Delay(500);
        clients.Record(on: false);
        var latencies = clients.Latencies();
        var (messages, items, bytes) = (clients.Messages - messagesBefore, clients.Items - itemsBefore, clients.Bytes - bytesBefore);
        var result = new Window(latencies, messages, items, bytes, "");
        RunLog.Say($"deltas ({protocol.Display()}) at {LoadOptions.DeltaRate:N0} reports/s: {messages:N0} messages, {items:N0} items, {result.BytesPerItem}; fix-to-client p50 {Percentiles.Of(latencies, 50):0} ms, p99 {result.P99:0} ms; ingest {paced}");
        return result with
        {
            Detail = $"fix time to client receipt, {latencies.Count:N0} lock/truck items in {messages:N0} messages to {options.Clients} clients " +
                $"(1 in 25 on overview, 1 in 25 on road, 1 in 10 on alerts, the rest on a container each) at {paced.PerSecond:N0} reports/s taken (fixes, AIS, events); p50 {Percentiles.Of(latencies, 50):0} ms; {result.BytesPerItem} of {protocol.Display()}",
        };
    }

    /// <summary>Baseline (c) with the JSON window's clients; the delta figure alone if it fails.</summary>
    private static async Task<List<Figure>> WithBroadcast(LoadApi api, LiveClients clients, Figure delta, IReadOnlyDictionary<string, (long Messages, long Items)> viewsBefore, TimeSpan window)
    {
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
            return [delta];
        }

        RunLog.Say($"baseline (c) broadcast of {size} every 250 ms: p50 {Percentiles.Of(broadcast, 50):0} ms, p99 {Percentiles.Of(broadcast, 99):0} ms");
        var rawP99 = Percentiles.Of(broadcast, 99);
        return
        [
            delta with { BaselineName = "broadcast (c) p99", BaselineValue = rawP99, Ratio = rawP99 > 0 ? delta.Value / rawP99 : null },
            new Figure("baseline_broadcast (c)", rawP99, "ms p99", $"a deltas message of synthetic lock items sent straight to each whole-map view's clients every 250 ms, as large as that view's real ones ({size}), {broadcast.Count:N0} items timed; p50 {Percentiles.Of(broadcast, 50):0} ms"),
        ];
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
