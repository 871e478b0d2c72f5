using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;
using Orleans.Configuration;
using Tracker.Grains.Attachments;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Live;
using Tracker.Grains.Supervision;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;
using Tracker.Silo.Attachments;
using Tracker.Silo.Storage;
using Tracker.Silo.Tracks;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Silo.Storage.FileGrains;

namespace Tracker.Silo.Hosting;

public static class SiloSetup
{
    /// <summary>Everything a Tracker silo needs; the TestingHost cluster uses it too.</summary>
    public static ISiloBuilder AddTracker(this ISiloBuilder silo, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<DirtyGrains>();
        silo.Services.AddSingleton<LiveFeed>();
        silo.Services.Configure<LiveIndexOptions>(configuration.GetSection(LiveIndexOptions.Section));
        silo.Services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        silo.Services.AddHostedService<ScheduleKeeper>();

        // Stored state names no .NET types, so renaming a state class never orphans stored grains.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper)));

        return silo.AddTrackerStorage(storage);
    }

    /// <summary>
    /// Localhost clustering for one process; a shared membership store when one is set (Cluster:Redis
    /// or Cluster:AzureTable), with this process's own silo and gateway ports (two silos on one port
    /// would evict each other).
    /// </summary>
    public static ISiloBuilder UseTrackerClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var orleans = configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();
        var membership = ClusterMembership.From(configuration);
        if (membership is null)
        {
            return silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });
        silo.ConfigureEndpoints(orleans.AdvertisedHost, orleans.SiloPort, orleans.GatewayPort, listenOnAnyHostAddress: orleans.ListenOnAnyAddress);

        // Locks, containers and transits are many, small and alike: random placement spreads them
        // evenly, where load-based placement sends a whole burst of new activations to whichever
        // silo looked idle when it measured.
        silo.Services.AddSingleton<PlacementStrategy>(new RandomPlacement());
        if (orleans.ProbeTimeoutSeconds is { } probe)
        {
            silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = TimeSpan.FromSeconds(probe));
        }

        return membership.Store switch
        {
            MembershipStore.Redis => silo.UseRedisClustering(membership.Connection),
            MembershipStore.AzureTable => silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(membership.Connection)),
            _ => throw new NotSupportedException($"Membership store {membership.Store} is not supported."),
        };
    }

    private static ISiloBuilder AddTrackerStorage(this ISiloBuilder silo, StorageOptions storage)
    {
        switch (storage.Provider)
        {
            case StorageProvider.File:
                var root = storage.FullRoot;
                // Not Orleans' AddFileGrainStorage: it lets racing writers both win and can tear a record on a crash.
                silo.AddTrackerFileGrainStorage(TrackerStorage.Name, Path.Combine(root, "grains"));
                silo.Services.AddSingleton<ITrackStore>(new FileTrackStore(root));
                silo.Services.AddSingleton<IAttachmentStore>(new FileAttachmentStore(root));
                break;
            case StorageProvider.AzureBlob:
                if (string.IsNullOrWhiteSpace(storage.ConnectionString))
                {
                    throw new InvalidOperationException(
                        "Storage:Provider=AzureBlob needs Storage:ConnectionString (an Azure Storage or Azurite connection string).");
                }

                storage.ThrowIfContainerInvalid();
                silo.AddTrackerAzureBlobGrainStorage(TrackerStorage.Name, storage.ConnectionString, storage.Container);
                silo.Services.AddSingleton<ITrackStore>(new AzureTrackStore(storage.ConnectionString, storage.Container));
                silo.Services.AddSingleton<IAttachmentStore>(new AzureAttachmentStore(storage.ConnectionString, storage.Container));
                break;
            case StorageProvider.Memory:
                silo.AddMemoryGrainStorage(TrackerStorage.Name);
                silo.Services.AddSingleton<ITrackStore, MemoryTrackStore>();
                silo.Services.AddSingleton<IAttachmentStore, MemoryAttachmentStore>();
                break;
            default:
                throw new NotSupportedException($"Storage:Provider={storage.Provider} is not supported; use File, AzureBlob or Memory.");
        }

        return silo;
    }
}
