using Tracker.Ingest;
using Tracker.Ingest.Stores;
using Tracker.Ingest.Stores.AzureBlobs;
using Tracker.Ingest.Stores.Files;
using Tracker.Ingest.Stores.InMemory;
using Tracker.Silo.Storage;

namespace Tracker.Silo.Hosting;

public static class IngestHosting
{
    /// <summary>Durable ingest (grains/Tracker.Ingest) with its journal in the configured store.</summary>
    public static IServiceCollection AddTrackerIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var orleans = configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();
        var name = configuration["Journal:Name"] is { Length: > 0 } configured ? configured : $"silo-{orleans.SiloPort}";
        IJournalStores stores = storage.Provider switch
        {
            StorageProvider.File => new FileJournalStores(storage.FullRoot),
            StorageProvider.AzureBlob => new AzureJournalStores(storage.ConnectionString!, storage.Container),
            _ => new MemoryJournalStores(),
        };
        return services.AddDurableIngest(configuration, stores, name);
    }
}
