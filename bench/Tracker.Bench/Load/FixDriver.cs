using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// Sends a host's <see cref="Traffic"/> with concurrent senders, flat out or paced, for a number of
/// batches or a time, and counts what the host accepted (202) and how long each call took.
/// </summary>
public sealed class FixDriver(LoadApi api, Traffic traffic, int senders)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Exactly one pass: every device reports once (the cold pass: each report is its device's first on this host).</summary>
    public Task<DriveResult> OnePass(Target target) => Drive(target, traffic.BatchesPerPass(target), TimeSpan.MaxValue, rate: null);

    /// <summary>As fast as the host takes it, for the given time.</summary>
    public Task<DriveResult> FlatOut(Target target, TimeSpan window) => Drive(target, long.MaxValue, window, rate: null);

    /// <summary>
    /// At a fixed rate of reports per second. A call's latency counts from when it was due, not from when a
    /// sender got to it, so a host that falls behind shows it in p99 rather than slowing the generator down.
    /// </summary>
    public Task<DriveResult> Paced(Target target, TimeSpan window, double rate) => Drive(target, long.MaxValue, window, rate);

    private async Task<DriveResult> Drive(Target target, long batches, TimeSpan window, double? rate)
    {
        long failed = 0, sent = -1;
        string? firstProblem = null;
        var tallies = new Dictionary<BatchKind, Tally>[senders];
        var scheduledFrom = traffic.ReportsBefore(target, traffic.Position(target));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async s =>
        {
            var mine = tallies[s] = [];
            while (clock.Elapsed < window)
            {
                if (Interlocked.Increment(ref sent) >= batches)
                {
                    break;
                }

                var slot = traffic.Reserve(target);
                var due = TimeSpan.Zero;
                if (rate is { } r)
                {
                    // Paced by reports, not calls: an AIS or event call carries far fewer than a fix batch.
                    due = TimeSpan.FromSeconds((traffic.ReportsBefore(target, slot) - scheduledFrom) / r);
                    if (due >= window)
                    {
                        // The slot stays unsent: its devices skip a seq, as devices that lost a report would.
                        break;
                    }

                    if (due > clock.Elapsed)
                    {
                        await Task.Delay(due - clock.Elapsed);
                    }
                }

                var (kind, _, body) = traffic.Write(target, slot);
                var started = rate is null ? clock.Elapsed : due;
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                using var response = await api.Post(Path(target, kind), content, api.Device);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                if (!mine.TryGetValue(kind, out var tally))
                {
                    mine[kind] = tally = new Tally();
                }

                tally.Latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var (a, d) = Counts(bytes);
                    tally.Accepted += a;
                    tally.Duplicates += d;
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstProblem, $"{Path(target, kind)}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}", null);
                }
            }
        }));
        clock.Stop();
        if (firstProblem is not null)
        {
            Console.Error.WriteLine($"  {failed} calls failed; the first: {firstProblem}");
        }

        var byKind = tallies.SelectMany(t => t).GroupBy(t => t.Key).ToDictionary(
            g => g.Key,
            g => new KindResult(g.Sum(t => t.Value.Accepted), g.Sum(t => t.Value.Duplicates), g.Sum(t => t.Value.Latencies.Count), [.. g.SelectMany(t => t.Value.Latencies)]));
        return new DriveResult(byKind, failed, clock.Elapsed);
    }

    public static string Path(Target target, BatchKind kind) => (target, kind) switch
    {
        (Target.Ingest, BatchKind.Locks) => "/api/v1/ingest/lock-fixes",
        (Target.Ingest, BatchKind.Vehicles) => "/api/v1/ingest/vehicle-fixes",
        (Target.Ingest, BatchKind.Ais) => "/api/v1/ingest/ais",
        (Target.Ingest, BatchKind.Events) => "/api/v1/events",
        (Target.Parse, _) => "/api/v1/bench/parse/lock-fixes",
        (Target.Floor, _) => "/api/v1/bench/floor/lock-fixes",
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    /// <summary>The answer's accepted and duplicates counts (the baselines answer no duplicates).</summary>
    private static (long Accepted, long Duplicates) Counts(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return (root.GetProperty("accepted").GetInt64(), root.TryGetProperty("duplicates", out var d) ? d.GetInt64() : 0);
    }

    /// <summary>One sender's count of one kind of call: its own, so that the senders never contend for it.</summary>
    private sealed class Tally
    {
        public long Accepted { get; set; }

        public long Duplicates { get; set; }

        public List<double> Latencies { get; } = [];
    }
}
