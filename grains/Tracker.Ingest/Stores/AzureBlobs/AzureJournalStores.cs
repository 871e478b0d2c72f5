using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;


namespace Tracker.Ingest.Stores.AzureBlobs;

/// <summary>Journals as blob prefixes journal/{name}/ in the storage container.</summary>
public sealed class AzureJournalStores(string connectionString, string containerName) : IJournalStores
{
    public IJournalStore Open(string name) => new AzureJournalStore(connectionString, containerName, name);

    public IQuarantine Quarantine { get; } = new AzureQuarantine(connectionString, containerName);

    public async Task<IReadOnlyList<string>> ListJournals(CancellationToken cancellationToken)
    {
        var container = new BlobContainerClient(connectionString, containerName);
        if (!await container.ExistsAsync(cancellationToken))
        {
            return [];
        }

        var names = new List<string>();
        await foreach (var item in container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", "journal/", cancellationToken))
        {
            if (item.IsPrefix)
            {
                names.Add(item.Prefix["journal/".Length..].TrimEnd('/'));
            }
        }

        return names;
    }
}
