using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests;

/// <summary>The Azure mode: our blob grain storage against Azurite.</summary>
public sealed class AzureBlobGrainStorageConformance(AzuriteProcess azurite) : GrainStorageConformance, IClassFixture<AzuriteProcess>
{
    private static readonly IActivatorProvider Activators =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<IActivatorProvider>();

    protected override IGrainStorage CreateStorage(string location) => new AzureBlobGrainStorage(
        StorageName,
        new AzureBlobGrainStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = location },
        Serializer,
        Activators,
        NullLogger<AzureBlobGrainStorage>.Instance);

    protected override async Task<bool> LocationExistsAsync(string location) =>
        (await new BlobContainerClient(azurite.ConnectionString, location).ExistsAsync()).Value;

    [Fact]
    public async Task A_grain_is_one_plain_JSON_blob_named_by_state_and_grain_that_names_no_NET_type()
    {
        var location = NewLocation();
        var storage = await StartedStorageAsync(location);
        var id = NewGrainId();

        await storage.WriteStateAsync(StateName, id, new TestGrainState<Parcel>(new Parcel { Name = "plain", Count = 2 }));

        var blobs = new BlobContainerClient(azurite.ConnectionString, location);
        var name = Assert.Single(blobs.GetBlobs()).Name;
        Assert.Equal($"{StateName}/{Uri.EscapeDataString(id.ToString())}.json", name);
        var blob = (await blobs.GetBlobClient(name).DownloadContentAsync()).Value;
        Assert.Equal("application/json", blob.Details.ContentType);
        var json = blob.Content.ToString();
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Parcel), json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("plain", document.RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task A_container_deleted_under_a_running_store_is_created_again_by_the_next_write()
    {
        var location = NewLocation();
        var storage = await StartedStorageAsync(location);
        await new BlobContainerClient(azurite.ConnectionString, location).DeleteAsync();

        var id = NewGrainId();
        await storage.WriteStateAsync(StateName, id, new TestGrainState<Parcel>(new Parcel { Name = "again" }));

        var read = new TestGrainState<Parcel>(new Parcel());
        await storage.ReadStateAsync(StateName, id, read);
        Assert.Equal("again", read.State.Name);
    }

    [Fact]
    public async Task Reading_from_a_missing_container_gives_no_record()
    {
        var read = new TestGrainState<Parcel>(new Parcel());
        await CreateStorage(NewLocation()).ReadStateAsync(StateName, NewGrainId(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Theory]
    [InlineData("Tracker-State", "tracker-state")]
    [InlineData("tracker", "tracker")]
    public void Container_names_are_lowercased(string configured, string used)
    {
        var storage = new AzureBlobGrainStorage(
            StorageName,
            new AzureBlobGrainStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = configured },
            Serializer,
            Activators,
            NullLogger<AzureBlobGrainStorage>.Instance);

        Assert.Equal(used, storage.ContainerName);
    }

    [Theory]
    [InlineData("tr")]
    [InlineData("tracker_state")]
    [InlineData("-tracker")]
    [InlineData("tracker--state")]
    public void An_invalid_container_name_fails_with_a_clear_message(string configured)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new AzureBlobGrainStorage(
            StorageName,
            new AzureBlobGrainStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = configured },
            Serializer,
            Activators,
            NullLogger<AzureBlobGrainStorage>.Instance));

        Assert.Contains("not a valid blob container name", e.Message, StringComparison.Ordinal);
    }
}
