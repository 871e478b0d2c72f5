using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;

namespace Tracker.ClusterProcessTests.Drills;

/// <summary>
/// A gateway that keeps reporting through a failure: every <see cref="Interval"/> it sends one
/// fix for each of its locks (all with the batch's number as their seq, stamped with the send
/// time), without waiting for earlier answers, and writes down when each batch left, when and
/// how it was answered. A drill then judges the answers against what it did to the system, and
/// reads back every batch that was acknowledged. Gateways that report for the same locks count
/// from different <paramref name="firstSeq"/>s, so that none of their reports is another's duplicate;
/// 500 apart is enough for a minute of sending, and keeps them within a lock's window of 1,024
/// seqs (FixLog), beyond which a lower seq would count as given up.
/// </summary>
public sealed class IngestLedger(ApiClient api, IReadOnlyList<string> locks, Stopwatch clock, long firstSeq = 1)
{
    /// <summary>How often a batch leaves: the 100-200 ms the recovery bound is measured at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);

    /// <summary>More in flight than this and the gateway waits: a hung host is not flooded.</summary>
    private const int MaxInFlight = 64;

    private readonly ConcurrentBag<Sent> _sent = [];
    private long _seq = firstSeq - 1;

    public IReadOnlyList<Sent> Batches => [.. _sent.OrderBy(s => s.Seq)];

    /// <summary>Sends until <paramref name="stop"/>, then waits for every answer.</summary>
    public async Task Run(CancellationToken stop)
    {
        var inFlight = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count < MaxInFlight)
            {
                inFlight.Add(SendOne(Interlocked.Increment(ref _seq)));
            }

            try
            {
                await Task.Delay(Interval, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Task.WhenAll(inFlight);
    }

    /// <summary>Sends until <paramref name="done"/> holds for what was answered so far (or <paramref name="within"/> passes).</summary>
    public async Task RunUntil(Func<IReadOnlyList<Sent>, bool> done, TimeSpan within)
    {
        using var stop = new CancellationTokenSource(within);
        var running = Run(stop.Token);
        while (!stop.IsCancellationRequested && !done(Batches))
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await running;
    }

    private async Task SendOne(long seq)
    {
        var sentAt = clock.Elapsed;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var body = new JsonArray([.. locks.Select(l => (JsonNode)new JsonObject
        {
            ["lockId"] = l,
            ["seq"] = seq,
            ["time"] = now,
            ["lat"] = 36.01 + (seq / 100_000.0),
            ["lon"] = 120.2,
            ["seal"] = "sealed",
        })]);
        try
        {
            using var response = await api.Post("/api/v1/ingest/lock-fixes", body, "device");
            var text = response.IsSuccessStatusCode ? "" : await response.Content.ReadAsStringAsync();
            _sent.Add(new Sent(seq, sentAt, clock.Elapsed, response.StatusCode, response.Headers.RetryAfter?.ToString(), text.Length > 300 ? text[..300] : text));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // No answer (refused, reset, or none within the client's 20 s) tells a gateway nothing: as bad as a 500.
            _sent.Add(new Sent(seq, sentAt, clock.Elapsed, 0, null, $"no answer: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>One batch: its seq, when it left and was answered (on the drill's clock), and the answer.</summary>
    public sealed record Sent(long Seq, TimeSpan SentAt, TimeSpan AnsweredAt, HttpStatusCode Status, string? RetryAfter, string Body)
    {
        public bool Acknowledged => Status == HttpStatusCode.Accepted;

        public TimeSpan Took => AnsweredAt - SentAt;

        public override string ToString() =>
            $"seq {Seq} sent +{SentAt.TotalSeconds:0.00} s, answered +{AnsweredAt.TotalSeconds:0.00} s: {(int)Status}{(RetryAfter is null ? "" : $" Retry-After {RetryAfter}")} {Body}";
    }
}
