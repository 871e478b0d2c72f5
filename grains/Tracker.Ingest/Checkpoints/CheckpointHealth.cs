namespace Tracker.Ingest.Checkpoints;

/// <summary>
/// Whether checkpoints keep succeeding. A few failures in a row are harmless (the journal keeps
/// everything until one succeeds), but a run of them means the journal grows and a crash would
/// mean a long replay: the host reports itself degraded.
/// </summary>
public sealed class CheckpointHealth
{
    /// <summary>Failed checkpoints in a row after which the host is degraded.</summary>
    public const int DegradedAfter = 3;

    private int _failuresInARow;

    public int FailuresInARow => Volatile.Read(ref _failuresInARow);

    public bool IsDegraded => FailuresInARow >= DegradedAfter;

    public Exception? LastFailure { get; private set; }

    public void Succeeded()
    {
        Volatile.Write(ref _failuresInARow, 0);
        LastFailure = null;
    }

    public void Failed(Exception exception)
    {
        LastFailure = exception;
        Interlocked.Increment(ref _failuresInARow);
    }
}
