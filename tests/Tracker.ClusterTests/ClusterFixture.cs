using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Tracker.Grains.Storage;
using Tracker.Silo.Hosting;

namespace Tracker.ClusterTests;

/// <summary>A two-silo TestingHost cluster with the Tracker silo set-up and a counting store.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>One store for the test process: every silo of the cluster shares it, like a real store.</summary>
    public static readonly CountingGrainStorage Storage = new();

    public TestCluster Cluster { get; } = new TestClusterBuilder(2)
        .AddSiloBuilderConfigurator<TrackerSiloConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Deactivates every idle grain, so the next call reads its state back from the store.</summary>
    public Task DeactivateAll() => Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    private sealed class TrackerSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" })
                .Build();
            silo.AddTracker(configuration);
            silo.Services.AddKeyedSingleton<IGrainStorage>(TrackerStorage.Name, Storage);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterTestGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
