using Microsoft.Extensions.Logging;
using Tracker.Grains.Checkpoints;
using Tracker.Ingest.Metrics;

namespace Tracker.Ingest.Checkpoints;

/// <summary>
/// Writes every changed grain of this silo. One grain whose write fails does not fail the rest:
/// it is tried once more, reported, and stays dirty, and the silo's state is then said to cover
/// only what came before that grain's changes, so the journal behind them is kept.
/// </summary>
public sealed partial class GrainFlush(DirtyGrains dirty, IngestMetrics metrics, ILogger<GrainFlush> logger)
{
    /// <summary>Grains flushed at once: enough to overlap storage round trips, not enough to flood it.</summary>
    private const int Concurrency = 32;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(250);

    /// <summary>Flushes; returns the checkpoint clock reading that this silo's stored state now covers.</summary>
    public async Task<FlushOutcome> Run(long flushStartedAt, CancellationToken cancellationToken)
    {
        var grains = dirty.Snapshot(flushStartedAt);
        var failed = 0;
        await Parallel.ForEachAsync(
            grains,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (grain, ct) =>
            {
                if (!await TryFlush(grain.Value) && !await TryFlushAfter(RetryAfter, grain.Value, ct))
                {
                    Interlocked.Increment(ref failed);
                    LogFlushFailed(grain.Key);
                }
            });

        if (failed > 0)
        {
            metrics.FlushFailed(failed);
        }

        var lost = dirty.LostGrains;
        if (lost.Count > 0)
        {
            LogLost(lost.Count);
        }

        return new FlushOutcome(grains.Count, failed, dirty.CoveredUpTo(flushStartedAt), lost);
    }

    /// <summary>Every journal has been replayed since these grains lost their changes.</summary>
    public void Forget(IEnumerable<Orleans.Runtime.GrainId> lost) => dirty.Forget(lost);

    private async Task<bool> TryFlushAfter(TimeSpan delay, ICheckpointable grain, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return await TryFlush(grain);
    }

    private async Task<bool> TryFlush(ICheckpointable grain)
    {
        try
        {
            await grain.Flush();
            return true;
        }
        catch (Exception e)
        {
            LogFlushTry(e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A grain's checkpoint write failed")]
    private partial void LogFlushTry(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain {Grain} could not be written at this checkpoint; it stays dirty and the journal behind its changes is kept")]
    private partial void LogFlushFailed(Orleans.Runtime.GrainId grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} grains deactivated without writing their changes; the journals are replayed before they are retired")]
    private partial void LogLost(int count);
}

/// <param name="Grains">Grains flushed.</param>
/// <param name="Failed">Grains whose write failed twice.</param>
/// <param name="CoveredUpTo">The clock reading before which every change of this silo is stored.</param>
/// <param name="Lost">Grains that deactivated with unwritten changes.</param>
public sealed record FlushOutcome(int Grains, int Failed, long CoveredUpTo, IReadOnlyCollection<Orleans.Runtime.GrainId> Lost);
