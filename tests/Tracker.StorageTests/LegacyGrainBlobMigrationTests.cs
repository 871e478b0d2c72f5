using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests;

/// <summary>
/// Grain state the earlier hand-written blob provider wrote is read by Orleans' provider after the one-time
/// move to its names; nothing else in the container is touched.
/// </summary>
public sealed class LegacyGrainBlobMigrationTests(AzuriteProcess azurite) : IClassFixture<AzuriteProcess>, IAsyncLifetime
{
    private const string StorageName = "tracker";
    private static readonly SystemTextJsonGrainStorageSerializer Serializer =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private readonly string _location = $"m{Guid.NewGuid():N}"[..24];
    private readonly List<ServiceProvider> _providers = [];

    private BlobContainerClient Container => new(azurite.ConnectionString, _location);

    public Task InitializeAsync() => Container.CreateAsync();

    [Fact]
    public async Task Legacy_state_reads_back_through_Orleans_provider_and_the_old_blobs_are_gone()
    {
        var parcel = GrainId.Create("parcel", $"tenant a/{Guid.NewGuid():N}/ü?#%2F");
        var other = GrainId.Create("lock", "L-7");
        await WriteLegacyAsync("parcel", parcel, new Parcel { Name = "kept", Count = 4, Labels = ["fragile"] });
        await WriteLegacyAsync("lock", other, new Parcel { Name = "lock state" });

        Assert.Equal(2, await Migration().RunAsync(CancellationToken.None));

        var storage = await StartedStorageAsync();
        var read = await ReadAsync(storage, "parcel", parcel);
        Assert.True(read.RecordExists);
        Assert.NotNull(read.ETag);
        Assert.Equal("kept", read.State.Name);
        Assert.Equal(4, read.State.Count);
        Assert.Equal(["fragile"], read.State.Labels);
        Assert.Equal("lock state", (await ReadAsync(storage, "lock", other)).State.Name);
        Assert.DoesNotContain(await BlobNamesAsync(), name => name.StartsWith("parcel/", StringComparison.Ordinal) || name.StartsWith("lock/", StringComparison.Ordinal));

        // And the grain writes on from there.
        read.State.Count = 5;
        await storage.WriteStateAsync("parcel", parcel, read);
        Assert.Equal(5, (await ReadAsync(await StartedStorageAsync(), "parcel", parcel)).State.Count);
    }

    [Fact]
    public async Task State_already_written_under_the_new_name_is_kept_and_the_legacy_copy_dropped()
    {
        var id = GrainId.Create("parcel", "p-1");
        var storage = await StartedStorageAsync();
        var newer = new TestGrainState<Parcel>(new Parcel { Name = "newer" });
        await storage.WriteStateAsync("parcel", id, newer);
        await WriteLegacyAsync("parcel", id, new Parcel { Name = "older" });

        Assert.Equal(0, await Migration().RunAsync(CancellationToken.None));

        var read = await ReadAsync(storage, "parcel", id);
        Assert.Equal("newer", read.State.Name);
        Assert.Equal(newer.ETag, read.ETag);
        Assert.Equal(Sorted($"parcel-{id}.json", LegacyGrainBlobMigration.DoneMarker), await BlobNamesAsync());
    }

    [Fact]
    public async Task Tracks_journals_and_other_blobs_are_left_alone()
    {
        string[] others =
        [
            $"tracks/{Uri.EscapeDataString("lock:L-1")}",
            "journal/silo1/000000000001",
            "journal/silo1/checkpoint",
            "notes/readme.json", // JSON, but its name holds no grain id
        ];
        foreach (var name in others)
        {
            await Container.GetBlobClient(name).UploadAsync(BinaryData.FromString("{}"),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } });
        }

        await Container.GetAppendBlobClient("tracks/vehicle%3AT-1").CreateAsync();

        await Migration().RunAsync(CancellationToken.None);

        Assert.Equal(Sorted([.. others, "tracks/vehicle%3AT-1", LegacyGrainBlobMigration.DoneMarker]), await BlobNamesAsync());
    }

    [Fact]
    public async Task It_runs_once_per_container()
    {
        await WriteLegacyAsync("parcel", GrainId.Create("parcel", "p-1"), new Parcel { Name = "first" });
        Assert.Equal(1, await Migration().RunAsync(CancellationToken.None));

        // Only a silo still on the earlier provider could write this now; the listing is not repeated for it.
        var late = GrainId.Create("parcel", "p-2");
        await WriteLegacyAsync("parcel", late, new Parcel { Name = "late" });

        Assert.Equal(0, await Migration().RunAsync(CancellationToken.None));
        Assert.Contains($"parcel/{Uri.EscapeDataString(late.ToString())}.json", await BlobNamesAsync());
    }

    [Fact]
    public async Task Silos_migrating_at_once_move_each_grain_exactly_once()
    {
        var ids = Enumerable.Range(0, 40).Select(i => GrainId.Create("parcel", $"p-{i}")).ToList();
        foreach (var id in ids)
        {
            await WriteLegacyAsync("parcel", id, new Parcel { Name = id.ToString() });
        }

        var moved = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Migration().RunAsync(CancellationToken.None))));

        Assert.Equal(ids.Count, moved.Sum());
        var storage = await StartedStorageAsync();
        foreach (var id in ids)
        {
            Assert.Equal(id.ToString(), (await ReadAsync(storage, "parcel", id)).State.Name);
        }

        Assert.Equal(ids.Count + 1, (await BlobNamesAsync()).Count);
    }

    [Fact]
    public async Task A_missing_container_is_fine_and_left_missing()
    {
        await Container.DeleteAsync();

        Assert.Equal(0, await Migration().RunAsync(CancellationToken.None));

        Assert.False((await Container.ExistsAsync()).Value);
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Container.DeleteIfExistsAsync();
    }

    private LegacyGrainBlobMigration Migration() => new(Container, NullLogger<LegacyGrainBlobMigration>.Instance);

    /// <summary>What the earlier provider wrote: escaped state and grain id, plain JSON, application/json.</summary>
    private async Task WriteLegacyAsync(string stateName, GrainId id, Parcel state) =>
        await Container.GetBlobClient($"{Uri.EscapeDataString(stateName)}/{Uri.EscapeDataString(id.ToString())}.json").UploadAsync(
            Serializer.Serialize(state),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } });

    private static List<string> Sorted(params string[] names) => [.. names.Order(StringComparer.Ordinal)];

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Orleans' provider as the silo registers it, started.</summary>
    private async Task<IGrainStorage> StartedStorageAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer();
        services.AddTrackerAzureBlobGrainStorage(StorageName, azurite.ConnectionString, _location);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var storage = provider.GetRequiredKeyedService<IGrainStorage>(StorageName);
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        ((ILifecycleParticipant<ISiloLifecycle>)storage).Participate(lifecycle);
        await lifecycle.OnStart(CancellationToken.None);
        return storage;
    }

    private static async Task<TestGrainState<Parcel>> ReadAsync(IGrainStorage storage, string stateName, GrainId id)
    {
        var state = new TestGrainState<Parcel>(new Parcel());
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }
}
