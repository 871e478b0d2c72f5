using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// The alerts the host can raise a second: every transit not probed by <see cref="AlertLatency"/> reports one
/// seal opened outside the unsealing zone at once (batches of up to 500, one fix per transit, all senders flat out),
/// and the control client counts the distinct OPEN alerts it receives, from the first send to the last alert.
/// Unlike the deviations of the ingest windows, their number is set by the run, not by how far trucks drive.
/// </summary>
public static class AlertStorm
{
    /// <summary>The count has stopped growing when it stayed the same this long.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public sealed record Result(int Sent, int Accepted, int Received, TimeSpan Took, int FailedCalls)
    {
        /// <summary>Alerts received a second, from the first send to the last alert received.</summary>
        public double PerSecond => Took > TimeSpan.Zero ? Received / Took.TotalSeconds : 0;
    }

    public static async Task<Result> Run(LoadApi api, Traffic traffic, AlertWatch control, Transit[] transits, IReadOnlyList<int> storm, int senders)
    {
        var consignments = storm.Select(i => transits[i].Id).ToHashSet(StringComparer.Ordinal);
        // Up to 500 a batch, but never fewer batches than senders: a small fleet's storm still comes from all of them.
        var batches = storm.Chunk(Math.Clamp((storm.Count + senders - 1) / senders, 1, LoadOptions.BatchSize)).ToArray();
        var next = -1;
        var (accepted, failed) = (0L, 0);
        var start = control.Now;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            for (var b = Interlocked.Increment(ref next); b < batches.Length; b = Interlocked.Increment(ref next))
            {
                using var content = new ByteArrayContent(traffic.Opened(batches[b]));
                content.Headers.ContentType = Json;
                using var response = await api.Post(FixDriver.Path(Target.Ingest, BatchKind.Locks), content, api.Device);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    using var answer = JsonDocument.Parse(body);
                    Interlocked.Add(ref accepted, answer.RootElement.GetProperty("accepted").GetInt64());
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    Console.Error.WriteLine($"  alert storm batch: {(int)response.StatusCode} {body}");
                }
            }
        }));
        RunLog.Say($"alert storm: {storm.Count:N0} opened seals sent in {(control.Now - start).TotalSeconds:0.0} s, {accepted:N0} accepted");

        // Until every alert is in, or the count has stopped growing.
        var (count, last) = control.Of("OPEN", consignments);
        var grewAt = control.Now;
        while (count < storm.Count && control.Now - grewAt < Settled && control.Now - start < GiveUpAfter)
        {
            await Task.Delay(250);
            var (now, lastNow) = control.Of("OPEN", consignments);
            if (now > count)
            {
                grewAt = control.Now;
            }

            (count, last) = (now, lastNow);
        }

        return new Result(storm.Count, (int)accepted, count, count == 0 ? TimeSpan.Zero : last - start, failed);
    }
}
