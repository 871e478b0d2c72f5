namespace Tracker.Bench.Load;

/// <summary>Where the lock-fix batches go: the real ingest, or one of the baselines (the host's Bench:Baselines endpoints).</summary>
public enum Target
{
    /// <summary>POST /api/v1/ingest/lock-fixes and /vehicle-fixes: every lock and truck reports.</summary>
    Ingest,

    /// <summary>Baseline (a): parse and validate only; lock fixes only.</summary>
    Parse,

    /// <summary>Baseline (b): parse plus one no-op grain call per distinct lock; lock fixes only.</summary>
    Floor,
}
