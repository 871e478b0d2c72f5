using Tracker.Ingest.Batches;

namespace Tracker.Ingest.Journal;

/// <summary>
/// Where accepted ingest is made durable before it is acknowledged. Appends from concurrent
/// calls share one storage write (group commit).
/// </summary>
public interface IIngestJournal
{
    /// <summary>
    /// True once new batches can be written: at start, as soon as the segments left to replay
    /// are known, so that devices are answered while the replay runs.
    /// </summary>
    bool IsOpen { get; }

    /// <summary>True once the journal left by the last run has been replayed.</summary>
    bool IsReady { get; }

    /// <summary>
    /// Returns once the batch is durable. Dispose the lease when the batch has been applied to
    /// the grains: a checkpoint waits for every lease on the journal it retires. There is no
    /// cancellation on purpose: a batch once queued is written, and its lease must come back
    /// (<see cref="Pipeline.IngestPipeline"/> sees to it whatever the caller does).
    /// </summary>
    ValueTask<IDisposable> Append(IngestBatch batch);
}
