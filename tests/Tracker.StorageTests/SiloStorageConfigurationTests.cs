using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using Tracker.Grains.Storage;
using Tracker.Silo.Hosting;
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

    [Theory]
    [InlineData("tr")]
    [InlineData("tracker_state")]
    [InlineData("-tracker")]
    [InlineData("tracker--state")]
    public void An_invalid_container_name_fails_at_start_naming_the_setting(string container)
    {
        var e = Assert.Throws<InvalidOperationException>(() => BuildSilo(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = container,
        }));

        Assert.Contains("Storage:Container", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid blob container name", e.Message, StringComparison.Ordinal);
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
            // Orleans' own provider, not a look-alike.
            Assert.IsType<AzureBlobGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(TrackerStorage.Name));
            Assert.True((await new BlobContainerClient(azurite.ConnectionString, container).ExistsAsync()).Value);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_silo_with_the_AzureBlob_provider_stores_grain_state_as_its_own_System_Text_Json()
    {
        var container = NewContainer();
        using var host = AzureBlobSilo(container);
        await host.StartAsync();
        try
        {
            var id = GrainId.Create("parcel", "p-1");
            var state = new TestGrainState<TaggedParcel>(new TaggedParcel { Name = "upright", Handling = ParcelHandling.KeepUpright });
            await host.Services.GetRequiredKeyedService<IGrainStorage>(TrackerStorage.Name).WriteStateAsync("parcel", id, state);

            var blobs = new BlobContainerClient(azurite.ConnectionString, container);
            var json = (await blobs.GetBlobClient($"parcel-{id}.json").DownloadContentAsync()).Value.Content.ToString();
            Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
            Assert.DoesNotContain(nameof(TaggedParcel), json, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(json);
            Assert.Equal("upright", document.RootElement.GetProperty("Name").GetString());
            Assert.Equal("KEEP_UPRIGHT", document.RootElement.GetProperty("Handling").GetString());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_silo_with_the_AzureBlob_provider_reads_grain_state_the_earlier_provider_wrote()
    {
        var container = NewContainer();
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        await blobs.CreateAsync();
        var id = GrainId.Create("parcel", "tenant a/p-2");
        var legacyName = $"parcel/{Uri.EscapeDataString(id.ToString())}.json";
        await blobs.GetBlobClient(legacyName).UploadAsync(
            BinaryData.FromString("""{"Name":"from before","Handling":"KEEP_UPRIGHT"}"""),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } });

        using var host = AzureBlobSilo(container);
        await host.StartAsync();
        try
        {
            var state = new TestGrainState<TaggedParcel>(new TaggedParcel());
            await host.Services.GetRequiredKeyedService<IGrainStorage>(TrackerStorage.Name).ReadStateAsync("parcel", id, state);

            Assert.True(state.RecordExists);
            Assert.Equal("from before", state.State.Name);
            Assert.Equal(ParcelHandling.KeepUpright, state.State.Handling);
            Assert.False((await blobs.GetBlobClient(legacyName).ExistsAsync()).Value);
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

    private static string NewContainer() => $"silo{Guid.NewGuid():N}"[..20];

    private IHost AzureBlobSilo(string container) => BuildSilo(new()
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Container"] = container,
    });

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
