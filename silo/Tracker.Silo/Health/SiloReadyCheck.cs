using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Tracker.Silo.Health;

/// <summary>Ready once the silo has joined its cluster and serves grain calls.</summary>
public sealed class SiloReadyCheck(SiloLifecycleFlag lifecycle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifecycle.Active ? HealthCheckResult.Healthy("silo active") : HealthCheckResult.Unhealthy("silo not active"));
}
