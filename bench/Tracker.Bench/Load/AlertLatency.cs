using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// alert_latency: from the fix that triggers an alert to the customs client. The rule is OPEN, a seal reported
/// opened outside every unsealing zone, because it fires on that one fix: its own tolerance is nil, so every
/// millisecond measured is the host's. While the fleet's traffic goes on, paced, a sample of transits each sends
/// one batch with one "opened" fix, a few a second; a customs officer of the transits' office, subscribed to the
/// alerts view, notes when each transit's OPEN alert arrives.
/// </summary>
public static class AlertLatency
{
    /// <summary>OPEN is raised at the first "opened" fix outside an unsealing zone, with no wait (SealRule).</summary>
    public const double RuleToleranceMs = 0;

    /// <summary>The target: at most this much beyond the rule's own tolerance, at p99.</summary>
    public const double TargetBeyondToleranceMs = 100;

    /// <summary>Probes a second: a seal opened is rare, and spaced probes show the host's delay, not a queue they built.</summary>
    public const double ProbesPerSecond = 20;

    /// <summary>How long to wait after the last probe for alerts still on their way.</summary>
    private static readonly TimeSpan Straggle = TimeSpan.FromSeconds(5);

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<Figure> Run(LoadApi api, Traffic traffic, FixDriver driver, Transit[] transits, IReadOnlyList<int> sample)
    {
        await using var customs = await AlertWatch.Start(api, api.Customs);
        var spread = TimeSpan.FromSeconds(sample.Count / ProbesPerSecond);
        var background = driver.Paced(Target.Ingest, spread + TimeSpan.FromSeconds(1), LoadOptions.DeltaRate);
        var sentAt = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var refused = 0;
        var start = customs.Now;
        await Task.WhenAll(sample.Select(async (transit, n) =>
        {
            var due = start + TimeSpan.FromSeconds(n / ProbesPerSecond);
            if (due > customs.Now)
            {
                await Task.Delay(due - customs.Now);
            }

            using var content = new ByteArrayContent(traffic.Opened([transit]));
            content.Headers.ContentType = Json;
            var at = customs.Now;
            using var response = await api.Post(FixDriver.Path(Target.Ingest, BatchKind.Locks), content, api.Device);
            if (response.StatusCode == HttpStatusCode.Accepted && Accepted(await response.Content.ReadAsByteArrayAsync()) == 1)
            {
                sentAt[transits[transit].Id] = at;
            }
            else
            {
                Interlocked.Increment(ref refused);
            }
        }));
        var steady = await background;

        var waitUntil = customs.Now + Straggle;
        while (customs.Now < waitUntil && sentAt.Keys.Any(id => customs.FirstOf("OPEN", id) is null))
        {
            await Task.Delay(50);
        }

        // A pass report stamped after a probe says "opened" too and may raise the alert first: then the time
        // measured is from the probe, before that report, so it can only overstate the delay.
        var latencies = sentAt
            .Select(s => customs.FirstOf("OPEN", s.Key) is { } received ? (received - s.Value).TotalMilliseconds : (double?)null)
            .OfType<double>()
            .ToList();
        var (p50, p99, max) = (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), latencies.Count == 0 ? 0 : latencies.Max());
        RunLog.Say($"alert latency: {latencies.Count} of {sentAt.Count} OPEN alerts received ({refused} probes not accepted), p50 {p50:0} ms, p99 {p99:0} ms, max {max:0} ms; background {steady}");
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"one lock batch with one seal `opened` fix outside the unsealing zone (OPEN; the rule's tolerance: {RuleToleranceMs / 1000:0} s, it fires on that fix) " +
            $"for {sample.Count} transits at {ProbesPerSecond:0}/s, to the `alert` message at a customs client of office {Declarations.Office} on `alerts`; " +
            $"{latencies.Count} of {sample.Count} received ({refused} probes not accepted); p50 {p50:0} ms, max {max:0} ms; " +
            $"meanwhile the traffic paced at {LoadOptions.DeltaRate:N0} reports/s, {steady.PerSecond:N0}/s taken");
        return new Figure(
            "alert_latency", p99, "ms p99", detail,
            Target: $"<= {TargetBeyondToleranceMs:0} ms beyond the rule's tolerance ({RuleToleranceMs / 1000:0} s)",
            Met: latencies.Count == sample.Count && p99 <= RuleToleranceMs + TargetBeyondToleranceMs);
    }

    private static long Accepted(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("accepted").GetInt64();
    }
}
