using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Ingest.Checkpoints;
using Tracker.Ingest.Journal;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;
using Tracker.Ingest.Recovery;
using Tracker.Ingest.Stores;

namespace Tracker.Ingest;

public static class IngestSetup
{
    /// <summary>
    /// Durable ingest: the pipeline the endpoints submit to, this process's journal
    /// <paramref name="journalName"/> in <paramref name="stores"/>, recovery and checkpoints.
    /// Settings come from the "Journal" section of <paramref name="configuration"/>.
    /// </summary>
    public static IServiceCollection AddDurableIngest(this IServiceCollection services, IConfiguration configuration, IJournalStores stores, string journalName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(stores);
        services.Configure<JournalOptions>(configuration.GetSection(JournalOptions.Section));
        var identity = new JournalIdentity(journalName, stores.Open(journalName));
        services.AddSingleton(stores);
        services.AddSingleton(stores.Quarantine);
        services.AddSingleton(identity);
        services.AddSingleton(identity.Store);
        services.AddSingleton<IngestMetrics>();
        services.AddSingleton<GroupCommitJournal>();
        services.AddSingleton<IIngestJournal>(sp => sp.GetRequiredService<GroupCommitJournal>());
        services.AddSingleton<IngestDispatcher>();
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<JournalReplay>();
        services.AddSingleton<GrainFlush>();
        services.AddSingleton<CheckpointHealth>();
        services.AddSingleton<CheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointService>());
        services.AddHostedService<PeerLossWatch>();
        return services;
    }
}
