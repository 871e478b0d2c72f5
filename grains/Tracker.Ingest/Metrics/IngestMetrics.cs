using System.Diagnostics.Metrics;

namespace Tracker.Ingest.Metrics;

/// <summary>
/// What an operator watches of durable ingest (meter "Tracker.Ingest"): how much is taken and
/// refused, how far the journal is behind, how old the last checkpoint is, what was replayed
/// and what had to be set aside.
/// </summary>
public sealed class IngestMetrics
{
    public const string MeterName = "Tracker.Ingest";

    private readonly Counter<long> _items;
    private readonly Counter<long> _replayed;
    private readonly Counter<long> _quarantined;
    private readonly Counter<long> _flushFailures;
    private readonly Histogram<double> _checkpointDuration;
    private readonly TimeProvider _clock;
    private long _backlogSegments;
    private long _backlogBytes;
    private DateTimeOffset? _lastCheckpoint;

    public IngestMetrics(IMeterFactory meters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _clock = clock;
        var meter = meters.Create(MeterName);
        _items = meter.CreateCounter<long>("tracker.ingest.items", "{item}", "Ingested items by kind and outcome (accepted, duplicate, rejected).");
        _replayed = meter.CreateCounter<long>("tracker.journal.replayed", "{batch}", "Journaled batches replayed into the grains after a restart or a lost peer.");
        _quarantined = meter.CreateCounter<long>("tracker.journal.quarantined", "{batch}", "Journaled batches that failed to replay and were set aside.");
        _flushFailures = meter.CreateCounter<long>("tracker.checkpoint.flush_failures", "{grain}", "Grain writes that failed at a checkpoint or on deactivation.");
        _checkpointDuration = meter.CreateHistogram<double>("tracker.checkpoint.duration", "ms", "How long a checkpoint took.");
        meter.CreateObservableGauge("tracker.journal.backlog.segments", () => Volatile.Read(ref _backlogSegments), "{segment}", "This host's journal segments not yet retired.");
        meter.CreateObservableGauge("tracker.journal.backlog.bytes", () => Volatile.Read(ref _backlogBytes), "By", "Bytes of this host's journal not yet retired.");
        meter.CreateObservableGauge("tracker.checkpoint.age", () => CheckpointAge?.TotalSeconds ?? double.NaN, "s", "Time since this host's last successful checkpoint.");
    }

    public TimeSpan? CheckpointAge => _lastCheckpoint is { } last ? _clock.GetUtcNow() - last : null;

    public void Ingested(string kind, int accepted, int duplicates, int rejected)
    {
        _items.Add(accepted, new("kind", kind), new("outcome", "accepted"));
        _items.Add(duplicates, new("kind", kind), new("outcome", "duplicate"));
        _items.Add(rejected, new("kind", kind), new("outcome", "rejected"));
    }

    public void Replayed(int batches) => _replayed.Add(batches);

    public void Quarantined() => _quarantined.Add(1);

    public void FlushFailed(int grains) => _flushFailures.Add(grains);

    public void Checkpointed(TimeSpan duration)
    {
        _checkpointDuration.Record(duration.TotalMilliseconds);
        _lastCheckpoint = _clock.GetUtcNow();
    }

    public void Backlog(long segments, long bytes)
    {
        Volatile.Write(ref _backlogSegments, segments);
        Volatile.Write(ref _backlogBytes, bytes);
    }
}
