using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Processes;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests;

/// <summary>The two-silo cluster with its membership in Redis (<c>Cluster:Redis</c>).</summary>
[Collection(ClusterProcesses.Name)]
public sealed class RedisTwoSiloClusterTests(RedisProcess redis, AzuriteProcess azurite, ITestOutputHelper output)
    : TwoSiloClusterTests(azurite, output)
{
    protected override Membership Membership => Membership.Redis(redis.ConnectionString);
}
