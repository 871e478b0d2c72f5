using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tracker.Api.Ingest.Journal;

namespace Tracker.Silo.Health;

/// <summary>Ready once the silo serves grain calls and the journal has been replayed.</summary>
public sealed class SiloReadyCheck(SiloLifecycleFlag lifecycle, IIngestJournal journal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !lifecycle.Active ? HealthCheckResult.Unhealthy("silo not active")
            : !journal.IsReady ? HealthCheckResult.Unhealthy("replaying the ingest journal")
            : HealthCheckResult.Healthy("ready"));
}
