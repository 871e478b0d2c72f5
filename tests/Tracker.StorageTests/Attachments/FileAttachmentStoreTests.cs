using Tracker.Grains.Attachments;
using Tracker.Silo.Attachments;

namespace Tracker.StorageTests.Attachments;

/// <summary>Attachments as files under the storage root; no temporary file is left beside them.</summary>
public sealed class FileAttachmentStoreTests : AttachmentStoreConformance, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"tracker-attachments-{Guid.NewGuid():N}");

    protected override IAttachmentStore Store() => new FileAttachmentStore(_root);

    [Fact]
    public async Task Only_the_file_itself_stays_on_disk()
    {
        await Store().Put("ad-6", "att-1", new byte[] { 1, 2, 3 });

        var file = Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.EndsWith(".bin", file, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
