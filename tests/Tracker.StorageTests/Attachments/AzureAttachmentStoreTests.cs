using Azure.Storage.Blobs;
using Tracker.Grains.Attachments;
using Tracker.Silo.Attachments;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests.Attachments;

/// <summary>Attachments as block blobs on a real Azurite; the container does not exist until the first file.</summary>
public sealed class AzureAttachmentStoreTests(AzuriteProcess azurite) : AttachmentStoreConformance, IClassFixture<AzuriteProcess>
{
    private readonly string _container = $"a{Guid.NewGuid():N}"[..24];

    protected override IAttachmentStore Store() => new AzureAttachmentStore(azurite.ConnectionString, _container);

    [Fact]
    public async Task A_file_is_a_blob_named_by_its_request_and_attachment()
    {
        await Store().Put("ad-5", "att-2", "%PDF-"u8.ToArray());

        var blob = new BlobContainerClient(azurite.ConnectionString, _container).GetBlobClient(AzureAttachmentStore.NameOf("ad-5", "att-2"));
        Assert.True(await blob.ExistsAsync());
        Assert.Equal("attachments/ad-5/att-2", blob.Name);
    }
}
