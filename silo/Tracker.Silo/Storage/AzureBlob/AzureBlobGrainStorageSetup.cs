using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Tracker.Ingest.Stores.AzureBlobs;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>Orleans' own Azure Blob grain storage, set up the way Tracker stores grain state.</summary>
public static class AzureBlobGrainStorageSetup
{
    /// <summary>
    /// Registers Orleans' <see cref="AzureBlobGrainStorage"/> as the named grain storage over one container,
    /// and the one-time rename of blobs the earlier hand-written provider left there
    /// (<see cref="LegacyGrainBlobMigration"/>).
    /// </summary>
    public static ISiloBuilder AddTrackerAzureBlobGrainStorage(this ISiloBuilder silo, string name, string connectionString, string container)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddTrackerAzureBlobGrainStorage(name, connectionString, container);
        return silo;
    }

    /// <inheritdoc cref="AddTrackerAzureBlobGrainStorage(ISiloBuilder, string, string, string)"/>
    public static IServiceCollection AddTrackerAzureBlobGrainStorage(this IServiceCollection services, string name, string connectionString, string container)
    {
        services.AddAzureBlobGrainStorage(name, (OptionsBuilder<AzureBlobStorageOptions> options) =>
            options.Configure<IOptions<SystemTextJsonGrainStorageSerializerOptions>>((o, json) =>
            {
                // Reads and writes run in the grain's turn: they fail fast rather than hold its callers (FailFastBlobOptions).
                o.BlobServiceClient = new BlobServiceClient(connectionString, FailFastBlobOptions.Create());
                o.ContainerName = container;

                // Left to itself the provider takes whatever IGrainStorageSerializer the container resolves,
                // Orleans' Newtonsoft JSON with .NET type names unless something registered another. Stored
                // grain state must name no .NET type (a renamed state class would orphan it) and spell enums
                // as the silo's JSON options say, so the provider gets System.Text.Json with those options.
                o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(json);

                // Clearing deletes the blob (a missing blob reads as no record), as the earlier provider and
                // the file store do, rather than leaving an empty blob behind for every cleared grain.
                o.DeleteStateOnClear = true;
            }));
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new LegacyGrainBlobMigration(
            new BlobContainerClient(connectionString, container),
            sp.GetRequiredService<ILogger<LegacyGrainBlobMigration>>()));
        return services;
    }
}
