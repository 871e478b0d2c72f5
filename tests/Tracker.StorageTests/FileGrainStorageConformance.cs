using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Tracker.Silo.Storage.FileGrains;

namespace Tracker.StorageTests;

/// <summary>
/// The embedded default: our file grain storage, registered as the silo registers it. (Orleans' own
/// <c>FileGrainStorage</c> failed this suite: racing writers with one ETag both won, readers saw torn records,
/// and a missing root folder failed writes.)
/// </summary>
public sealed class FileGrainStorageConformance : GrainStorageConformance, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"tracker-file-storage-{Guid.NewGuid():N}");
    private readonly List<ServiceProvider> _providers = [];

    protected override IGrainStorage CreateStorage(string location)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer();
        services.AddSingleton(Serializer);
        services.AddTrackerFileGrainStorage(StorageName, Path.Combine(_root, location));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredKeyedService<IGrainStorage>(StorageName);
    }

    protected override Task<bool> LocationExistsAsync(string location) =>
        Task.FromResult(Directory.Exists(Path.Combine(_root, location)));

    [Fact]
    public async Task A_record_names_its_grain_and_holds_plain_JSON_that_names_no_NET_type()
    {
        var location = NewLocation();
        var storage = await StartedStorageAsync(location);
        var id = NewGrainId();
        var state = new TestGrainState<Parcel>(new Parcel { Name = "plain" });

        await storage.WriteStateAsync(StateName, id, state);

        var record = Assert.Single(Directory.GetFiles(Path.Combine(_root, location, StateName)));
        var lines = (await File.ReadAllTextAsync(record)).Split('\n', 2);
        Assert.Equal($"TRACKER-GRAIN-1 {state.ETag} {Uri.EscapeDataString(id.ToString())}", lines[0]);
        Assert.StartsWith("{", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Parcel), lines[1], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, location), "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
