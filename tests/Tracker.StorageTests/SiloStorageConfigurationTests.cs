using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;
using Tracker.Grains.Storage;
using Tracker.Silo.Hosting;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Silo.Storage.FileGrains;
using Tracker.Testing.Network;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests;

/// <summary>The Storage configuration section picks the grain store a silo starts with.</summary>
public sealed class SiloStorageConfigurationTests(AzuriteProcess azurite) : IClassFixture<AzuriteProcess>
{
    [Fact]
    public void The_AzureBlob_provider_without_a_connection_string_fails_at_start_saying_what_is_missing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => BuildSilo(new() { ["Storage:Provider"] = "AzureBlob" }));

        Assert.Contains("Storage:ConnectionString", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_with_the_AzureBlob_provider_creates_its_container_at_start()
    {
        var container = $"silo{Guid.NewGuid():N}"[..20];
        using var host = BuildSilo(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = container.ToUpperInvariant(),
        });

        await host.StartAsync();
        try
        {
            Assert.IsType<AzureBlobGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(TrackerStorage.Name));
            Assert.True((await new BlobContainerClient(azurite.ConnectionString, container).ExistsAsync()).Value);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_silo_with_the_File_provider_keeps_grain_state_in_our_file_store_under_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), $"tracker-silo-{Guid.NewGuid():N}");
        try
        {
            using var host = BuildSilo(new() { ["Storage:Provider"] = "File", ["Storage:Root"] = root });
            await host.StartAsync();
            try
            {
                Assert.IsType<TrackerFileGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(TrackerStorage.Name));
                Assert.True(Directory.Exists(Path.Combine(root, "grains")));
            }
            finally
            {
                await host.StopAsync();
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static IHost BuildSilo(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = Host.CreateApplicationBuilder();
        var (siloPort, gatewayPort) = FreePort.Pair();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort, serviceId: "storage-tests", clusterId: $"storage-tests-{Guid.NewGuid():N}")
            .AddTracker(configuration));
        return builder.Build();
    }
}
