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

        services.AddSingleton<IJournalStore>(storage.Provider switch
        {
            StorageProvider.File => new FileJournalStore(storage.FullRoot, name),
            StorageProvider.AzureBlob => new AzureJournalStore(storage.ConnectionString!, storage.Container, name),
            _ => new MemoryJournalStore(),
        });
        services.AddSingleton<IngestJournal>();
        services.AddSingleton<IIngestJournal>(sp => sp.GetRequiredService<IngestJournal>());
        services.AddSingleton<CheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointService>());
        return services;
    }
}
