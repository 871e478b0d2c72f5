using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests;

/// <summary>
/// The Azure mode: Orleans' own Azure Blob grain storage, registered as the silo registers it, against Azurite.
/// Where it differs from the earlier hand-written provider the README says so ("Orleans' blob provider").
/// </summary>
public sealed class AzureBlobGrainStorageConformance(AzuriteProcess azurite) : GrainStorageConformance, IClassFixture<AzuriteProcess>, IDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    protected override IGrainStorage CreateStorage(string location)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer();
        services.AddTrackerAzureBlobGrainStorage(StorageName, azurite.ConnectionString, location);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredKeyedService<IGrainStorage>(StorageName);
    }

    protected override async Task<bool> LocationExistsAsync(string location) =>
        (await Container(location).ExistsAsync()).Value;

    /// <summary>
    /// Orleans' provider builds its blob client when the silo starts it and cannot be used before; its
    /// container goes missing only when someone deletes it under the running silo.
    /// </summary>
    protected override async Task<IGrainStorage> StorageOverMissingLocationAsync(string location)
    {
        var storage = await StartedStorageAsync(location);
        await Container(location).DeleteAsync();
        return storage;
    }

    [Fact]
    public async Task A_grain_is_one_plain_JSON_blob_named_by_state_and_grain_that_names_no_NET_type()
    {
        var location = NewLocation();
        var storage = await StartedStorageAsync(location);
        var id = NewGrainId();

        await storage.WriteStateAsync(StateName, id, new TestGrainState<Parcel>(new Parcel { Name = "plain", Count = 2 }));

        var blobs = Container(location);
        var name = Assert.Single(blobs.GetBlobs()).Name;
        Assert.Equal($"{StateName}-{id}.json", name);
        var blob = (await blobs.GetBlobClient(name).DownloadContentAsync()).Value;
        Assert.Equal("application/octet-stream", blob.Details.ContentType);
        var json = blob.Content.ToString();
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Parcel), json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("plain", document.RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Clearing_deletes_the_blob()
    {
        var location = NewLocation();
        var storage = await StartedStorageAsync(location);
        var id = NewGrainId();
        var state = new TestGrainState<Parcel>(new Parcel { Name = "doomed" });
        await storage.WriteStateAsync(StateName, id, state);

        await storage.ClearStateAsync(StateName, id, state);

        Assert.Empty(Container(location).GetBlobs());
    }

    [Fact]
    public async Task Reading_from_a_missing_container_gives_no_record()
    {
        var read = new TestGrainState<Parcel>(new Parcel());
        var storage = await StorageOverMissingLocationAsync(NewLocation());

        await storage.ReadStateAsync(StateName, NewGrainId(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task A_store_the_silo_has_not_started_writes_nothing()
    {
        var location = NewLocation();
        var storage = CreateStorage(location);

        await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteStateAsync(StateName, NewGrainId(), new TestGrainState<Parcel>(new Parcel { Name = "early" })));

        Assert.False(await LocationExistsAsync(location));
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private BlobContainerClient Container(string location) => new(azurite.ConnectionString, location);
}
