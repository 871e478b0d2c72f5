using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Tracker.Bench.Load;

/// <summary>
/// On the file-store host, after its steady window: what the tracked containers cost in memory, and
/// how long a host killed with SIGKILL takes until ingest is taken again and until every open transit's
/// signal-lost and overdue clock is live again (the gauge tracker.supervision.watched back at its count).
/// </summary>
public static class RestartRun
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static Figure Memory(long before, long after, int containers, string store) =>
        Grow(after - before, containers, store);

    private static Figure Grow(long grew, int containers, string store)
    {
        var perContainer = (double)grew / containers;
        var perGiB = perContainer > 0 ? (1L << 30) / perContainer : double.PositiveInfinity;
        return new Figure(
            "memory_per_container", perGiB, "containers/GiB",
            string.Create(CultureInfo.InvariantCulture,
                $"working set grew {grew / 1048576.0:N0} MiB for {containers:N0} tracked containers (lock + container + a fifth of a transit each, all active), {perContainer / 1024:0.0} KiB each, {store} store; 1M containers: {perContainer * 1_000_000 / (1L << 30):0.0} GiB"),
            Target: ">= 100,000 per GiB", Met: perGiB >= 100_000);
    }

    public static async Task<List<Figure>> Restart(LoadHost host, LoadApi api, Traffic traffic, int transits)
    {
        // Every declared transit is open and supervised: the schedule must watch them all again.
        var watched = transits;
        var clock = Stopwatch.StartNew();
        await host.KillAndStart();
        var started = clock.Elapsed;

        TimeSpan? ingest = null;
        while (ingest is null && clock.Elapsed < GiveUpAfter)
        {
            var (kind, _, body) = traffic.Next(Target.Ingest);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            try
            {
                using var response = await api.Post(FixDriver.Path(Target.Ingest, kind), content, api.Device);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    ingest = clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(ingest is null ? 100 : 0);
        }

        TimeSpan? timers = null, replayed = null;
        var seen = -1L;
        while ((timers is null || replayed is null) && clock.Elapsed < GiveUpAfter)
        {
            if (timers is null && (seen = await Watched(api)) >= watched)
            {
                timers = clock.Elapsed;
            }

            if (replayed is null && await Ready(api))
            {
                replayed = clock.Elapsed;
            }

            await Task.Delay(timers is null || replayed is null ? 250 : 0);
        }

        var detail = string.Create(CultureInfo.InvariantCulture,
            $"SIGKILL of the file-store host with {transits:N0} open transits; it answered /health/ingest {started.TotalSeconds:0.0} s after the kill, and /health/ready (journal replayed) after {replayed?.TotalSeconds ?? -1:0.0} s");
        return
        [
            new Figure("restart_ingest", ingest?.TotalSeconds ?? -1, "s", $"{detail}; until a batch of fixes is answered 202", Target: "<= 10 s", Met: ingest?.TotalSeconds <= 10),
            new Figure("restart_timers", timers?.TotalSeconds ?? -1, "s",
                $"{detail}; until the schedule's shards watch all {watched:N0} transits again (tracker.supervision.watched, {seen:N0} at the end)", Target: "<= 60 s", Met: timers?.TotalSeconds <= 60),
        ];
    }

    private static async Task<bool> Ready(LoadApi api)
    {
        try
        {
            using var response = await api.Get("/health/ready", api.Admin);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The gauge from /metrics; -1 while the shards have not all answered or the host does not answer.</summary>
    private static async Task<long> Watched(LoadApi api)
    {
        try
        {
            using var response = await api.Get("/metrics", api.Admin);
            var text = await response.Content.ReadAsStringAsync();
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("tracker_supervision_watched", StringComparison.Ordinal));
            return line is null ? -1 : (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }
}
