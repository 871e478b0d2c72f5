using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Processes;
using Xunit.Abstractions;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// The two-silo cluster with its membership in Azure Table Storage (<c>Cluster:AzureTable</c>), on the
/// same Azurite that keeps the grains: no Redis at all.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class AzureTableTwoSiloClusterTests(AzuriteProcess azurite, ITestOutputHelper output)
    : TwoSiloClusterTests(azurite, output)
{
    protected override Membership Membership => Membership.AzureTable(Azurite.ConnectionString);
}
