using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tracker.Ingest.Checkpoints;
using Tracker.Ingest.Journal;

namespace Tracker.Silo.Health;

/// <summary>
/// Ready once the silo serves grain calls and the journal has been replayed; degraded while
/// checkpoints keep failing (ingest still works, but the journal grows until they succeed).
/// </summary>
public sealed class SiloReadyCheck(SiloLifecycleFlag lifecycle, IIngestJournal journal, CheckpointHealth checkpoints) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !lifecycle.Active ? HealthCheckResult.Unhealthy("silo not active")
            : !journal.IsReady ? HealthCheckResult.Unhealthy("replaying the ingest journal")
            : checkpoints.IsDegraded ? HealthCheckResult.Degraded($"the last {checkpoints.FailuresInARow} checkpoints failed", checkpoints.LastFailure)
            : HealthCheckResult.Healthy("ready"));
}
