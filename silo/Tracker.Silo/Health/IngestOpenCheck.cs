using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tracker.Ingest.Journal;

namespace Tracker.Silo.Health;

/// <summary>
/// What a device-facing load balancer asks: whether this host acknowledges fixes. It does while
/// it still replays its journal after a restart, so devices are answered within seconds of a
/// crash while <c>/health/ready</c> waits for the whole replay.
/// </summary>
public sealed class IngestOpenCheck(SiloLifecycleFlag lifecycle, IIngestJournal journal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !lifecycle.Active ? HealthCheckResult.Unhealthy("silo not active")
            : !journal.IsOpen ? HealthCheckResult.Unhealthy("the ingest journal is not open yet")
            : !journal.IsReady ? HealthCheckResult.Healthy("taking fixes; events wait for the journal's replay")
            : HealthCheckResult.Healthy("taking fixes and events"));
}
