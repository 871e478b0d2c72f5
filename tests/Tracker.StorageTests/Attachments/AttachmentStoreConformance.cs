using Tracker.Grains.Attachments;

namespace Tracker.StorageTests.Attachments;

/// <summary>What every attachment store does, whichever provider holds the bytes.</summary>
public abstract class AttachmentStoreConformance
{
    /// <summary>A fresh store; a second call over the same place is the store after a restart.</summary>
    protected abstract IAttachmentStore Store();

    private static byte[] File(int size, byte seed) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 31 + seed))];

    [Fact]
    public async Task A_file_reads_back_byte_for_byte_after_a_restart()
    {
        var data = File(300_000, 7);
        await Store().Put("ad-1", "att-1", data);

        Assert.Equal(data, await Store().Read("ad-1", "att-1"));
    }

    [Fact]
    public async Task Files_of_requests_and_attachments_are_kept_apart_and_a_missing_one_is_null()
    {
        var store = Store();
        await store.Put("ad-2", "att-1", File(10, 1));
        await store.Put("ad-2", "att-2", File(20, 2));
        await store.Put("ad-3", "att-1", File(30, 3));

        Assert.Equal(File(10, 1), await store.Read("ad-2", "att-1"));
        Assert.Equal(File(20, 2), await store.Read("ad-2", "att-2"));
        Assert.Equal(File(30, 3), await store.Read("ad-3", "att-1"));
        Assert.Null(await store.Read("ad-2", "att-3"));
        Assert.Null(await store.Read("ad-9", "att-1"));
    }

    [Fact]
    public async Task Writing_a_file_again_is_harmless()
    {
        var store = Store();
        await store.Put("ad-4", "att-1", File(1000, 4));
        await store.Put("ad-4", "att-1", File(1000, 4));

        Assert.Equal(File(1000, 4), await Store().Read("ad-4", "att-1"));
    }
}
