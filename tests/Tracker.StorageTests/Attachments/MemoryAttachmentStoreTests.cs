using Tracker.Grains.Attachments;
using Tracker.Silo.Attachments;

namespace Tracker.StorageTests.Attachments;

/// <summary>The Memory provider's store: one instance is the whole store (there is no restart to survive).</summary>
public sealed class MemoryAttachmentStoreTests : AttachmentStoreConformance
{
    private readonly MemoryAttachmentStore _store = new();

    protected override IAttachmentStore Store() => _store;
}
