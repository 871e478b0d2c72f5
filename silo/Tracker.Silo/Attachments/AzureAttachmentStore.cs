using Azure;
using Azure.Storage.Blobs;
using Tracker.Grains.Attachments;

namespace Tracker.Silo.Attachments;

/// <summary>Attachments as block blobs under attachments/{requestId}/{attachmentId}, in the container the grains use.</summary>
public sealed class AzureAttachmentStore : IAttachmentStore
{
    private readonly BlobContainerClient _container;

    public AzureAttachmentStore(string connectionString, string containerName)
        : this(new BlobContainerClient(connectionString, containerName))
    {
    }

    internal AzureAttachmentStore(BlobContainerClient container) => _container = container;

    public async ValueTask Put(string requestId, string attachmentId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(NameOf(requestId, attachmentId));
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(data), overwrite: true, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A fresh account has no container yet.
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(BinaryData.FromBytes(data), overwrite: true, cancellationToken);
        }
    }

    public async ValueTask<byte[]?> Read(string requestId, string attachmentId, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(NameOf(requestId, attachmentId)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    internal static string NameOf(string requestId, string attachmentId) => $"attachments/{requestId}/{attachmentId}";
}
