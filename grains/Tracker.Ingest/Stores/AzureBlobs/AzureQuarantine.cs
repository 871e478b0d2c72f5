using Azure.Storage.Blobs;


namespace Tracker.Ingest.Stores.AzureBlobs;

/// <summary>Quarantined batches as blobs journal-quarantine/{journal}-{segment}-{record}.json.</summary>
public sealed class AzureQuarantine(string connectionString, string containerName) : IQuarantine
{
    private const string Prefix = "journal-quarantine/";
    private readonly BlobContainerClient _container = new(connectionString, containerName);

    public async Task Put(QuarantinedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _container.GetBlobClient(Prefix + batch.Key + ".json")
            .UploadAsync(BinaryData.FromBytes(QuarantineJson.Write(batch)), overwrite: true, cancellationToken);
    }

    public async Task<IReadOnlyList<QuarantinedBatch>> List(CancellationToken cancellationToken)
    {
        var batches = new List<QuarantinedBatch>();
        if (!await _container.ExistsAsync(cancellationToken))
        {
            return batches;
        }

        await foreach (var item in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, Prefix, cancellationToken))
        {
            var content = await _container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
            if (QuarantineJson.Read(content.Value.Content.ToMemory().Span) is { } batch)
            {
                batches.Add(batch);
            }
        }

        return batches;
    }
}
