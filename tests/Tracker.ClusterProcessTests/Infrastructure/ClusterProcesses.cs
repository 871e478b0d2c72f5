using Tracker.Testing.Processes;

namespace Tracker.ClusterProcessTests.Infrastructure;

/// <summary>
/// Test classes in this collection share one Redis (membership) and one Azurite (grain state,
/// tracks, journals) for the whole collection, as the silos of one cluster do.
/// Use it with <c>[Collection(ClusterProcesses.Name)]</c> and take both fixtures in the constructor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterProcesses : ICollectionFixture<RedisProcess>, ICollectionFixture<AzuriteProcess>
{
    public const string Name = "Cluster processes";
}
