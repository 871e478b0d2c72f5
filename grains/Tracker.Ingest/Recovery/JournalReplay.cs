using System.Text.Json;
using Microsoft.Extensions.Logging;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Journal;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;
using Tracker.Ingest.Stores;

namespace Tracker.Ingest.Recovery;

/// <summary>
/// Applies a journal's kept batches to the grains again. Replay is idempotent: what a grain has
/// already taken counts as a duplicate. A batch that still fails after a few tries (unreadable,
/// or a grain that throws on it every time) is quarantined so that it cannot stop a host from
/// starting or hold back every checkpoint; each try is spaced out enough to ride out a
/// failover, so a batch is not set aside for being sent while a silo was declared dead.
/// </summary>
public sealed partial class JournalReplay(
    IngestDispatcher dispatcher,
    IQuarantine quarantine,
    IngestMetrics metrics,
    TimeProvider clock,
    ILogger<JournalReplay> logger)
{
    /// <summary>Tries per batch before it is set aside; the waits between them add up to about 7 s.</summary>
    public const int Attempts = 4;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);

    /// <summary>Replays <paramref name="store"/> from its checkpoint marker to its end.</summary>
    public async Task<ReplayResult> Replay(string journal, IJournalStore store, CancellationToken cancellationToken) =>
        await Replay(journal, store, await Plan(store, cancellationToken), cancellationToken);

    /// <summary>What a replay of <paramref name="store"/> would read now: new batches may go to <see cref="ReplayPlan.Next"/> meanwhile.</summary>
    public static async Task<ReplayPlan> Plan(IJournalStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var from = await store.ReadCheckpoint(cancellationToken) ?? 0;
        var segments = await store.ListSegments(cancellationToken);
        return new ReplayPlan(from, [.. segments.Where(s => s >= from)], segments.Count > 0 ? segments[^1] : from - 1);
    }

    /// <summary>Replays the segments of <paramref name="plan"/>, and no segment written after it was made.</summary>
    public async Task<ReplayResult> Replay(string journal, IJournalStore store, ReplayPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plan);
        var (replayed, quarantined) = (0, 0);
        foreach (var segment in plan.Segments)
        {
            var bytes = await store.ReadSegment(segment, cancellationToken);
            var record = 0;
            foreach (var payload in JournalFrames.Read(bytes))
            {
                if (await ReplayOne(journal, segment, record, payload, cancellationToken))
                {
                    replayed++;
                }
                else
                {
                    quarantined++;
                }

                record++;
            }
        }

        metrics.Replayed(replayed);
        if (replayed + quarantined > 0)
        {
            LogReplayed(journal, replayed, quarantined, plan.From);
        }

        return new ReplayResult(plan.Next, plan.Last, replayed, quarantined);
    }

    private async Task<bool> ReplayOne(string journal, long segment, int record, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        IngestBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<IngestBatch>(payload.Span, JournalJson.Options);
        }
        catch (JsonException e)
        {
            // Unreadable now is unreadable on every try.
            await SetAside(journal, segment, record, payload, e, cancellationToken);
            return false;
        }

        if (batch is null)
        {
            return true;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dispatcher.Apply(batch);
                return true;
            }
            catch (Exception e) when (attempt < Attempts)
            {
                LogRetrying(e, journal, segment, record, attempt);
                await Task.Delay(FirstRetry * (1 << (attempt - 1)), clock, cancellationToken);
            }
            catch (Exception e)
            {
                await SetAside(journal, segment, record, payload, e, cancellationToken);
                return false;
            }
        }
    }

    private async Task SetAside(string journal, long segment, int record, ReadOnlyMemory<byte> payload, Exception reason, CancellationToken cancellationToken)
    {
        await quarantine.Put(
            new QuarantinedBatch(journal, segment, record, $"{reason.GetType().Name}: {reason.Message}", clock.GetUtcNow(), payload.ToArray()),
            cancellationToken);
        metrics.Quarantined();
        LogQuarantined(reason, journal, segment, record);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed journal {Journal}: {Replayed} batches, {Quarantined} quarantined, from segment {From}")]
    private partial void LogReplayed(string journal, int replayed, int quarantined, long from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replaying batch {Record} of segment {Segment} of journal {Journal} failed (try {Attempt}); trying again")]
    private partial void LogRetrying(Exception exception, string journal, long segment, int record, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantined batch {Record} of segment {Segment} of journal {Journal}: its replay kept failing. It is kept under journal-quarantine and listed at GET /api/v1/admin/journal/quarantine")]
    private partial void LogQuarantined(Exception exception, string journal, long segment, int record);
}

/// <param name="From">The checkpoint marker: segments before it are covered by stored state.</param>
/// <param name="Segments">The segments to read, in order.</param>
/// <param name="Last">The last segment on disk (From - 1 when there was none).</param>
public sealed record ReplayPlan(long From, IReadOnlyList<long> Segments, long Last)
{
    /// <summary>The segment new batches go to: after everything on disk, since a torn tail is never appended to.</summary>
    public long Next => Math.Max(From, Last + 1);
}

/// <param name="Next">The segment new batches go to.</param>
/// <param name="LastReplayed">The last segment on disk (Next - 1 when there was none).</param>
public readonly record struct ReplayResult(long Next, long LastReplayed, int Replayed, int Quarantined);
