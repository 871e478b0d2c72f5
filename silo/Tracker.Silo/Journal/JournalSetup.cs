using Tracker.Api.Ingest.Journal;
using Tracker.Silo.Hosting;
using Tracker.Silo.Storage;

namespace Tracker.Silo.Journal;

public static class JournalSetup
{
    /// <summary>The ingest journal in the configured store, with recovery and checkpoints.</summary>
    public static IServiceCollection AddIngestJournal(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var orleans = configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();
        services.Configure<JournalOptions>(configuration.GetSection(JournalOptions.Section));
        var name = configuration[$"{JournalOptions.Section}:Name"] is { Length: > 0 } configured ? configured : $"silo-{orleans.SiloPort}";

        services.AddSingleton<IJournalStores>(storage.Provider switch
        {
            StorageProvider.File => new FileJournalStores(storage.FullRoot),
            StorageProvider.AzureBlob => new AzureJournalStores(storage.ConnectionString!, storage.Container),
            _ => new MemoryJournalStores(),
        });
        services.AddSingleton(sp => sp.GetRequiredService<IJournalStores>().Open(name));
        services.AddSingleton<IngestJournal>();
        services.AddSingleton<IIngestJournal>(sp => sp.GetRequiredService<IngestJournal>());
        services.AddSingleton<CheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointService>());
        return services;
    }
}
