using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Tracker.Silo.Tracks;
using Tracker.Testing.Processes;

namespace Tracker.StorageTests.Tracks;

/// <summary>
/// Tracks in append blobs on Azurite. Azure takes 50,000 appends per append blob; here a store is
/// told its blobs take 3, so the roll-over to the next blob is met in a few appends.
/// </summary>
public sealed class AzureTrackStoreTests(AzuriteProcess azurite) : IClassFixture<AzuriteProcess>
{
    private const int SmallLimit = 3;
    private const string TrackId = "vehicle/TRUCK 7/ü";

    private readonly string _container = $"t{Guid.NewGuid():N}"[..24];

    private BlobContainerClient Container(BlobClientOptions? options = null) => new(azurite.ConnectionString, _container, options);

    private AzureTrackStore Store(int blocksPerPart = SmallLimit) => new(Container(), blocksPerPart);

    /// <summary>How many appends each blob of the container holds, in name order: "3 3 1".</summary>
    private async Task<string> BlocksPerBlob()
    {
        var counts = new List<int>();
        await foreach (var blob in Container().GetBlobsAsync())
        {
            var properties = await Container().GetAppendBlobClient(blob.Name).GetPropertiesAsync();
            counts.Add(properties.Value.BlobCommittedBlockCount);
        }

        return string.Join(' ', counts);
    }

    [Fact]
    public async Task Appends_past_a_blobs_block_limit_go_on_in_next_blobs_and_the_track_reads_back_whole_and_in_order()
    {
        var store = Store();

        for (var append = 0; append < 8; append++)
        {
            await store.Append(TrackId, TrackPoints.Range(append * 2, 2));
        }

        Assert.Equal("3 3 2", await BlocksPerBlob());
        Assert.Equal(TrackPoints.Seqs(0, 16), TrackPoints.Seqs(await store.Read(TrackId, null, null)));
        Assert.Equal(TrackPoints.Seqs(0, 16), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));

        // A window that starts in the first blob and ends in the last.
        var window = await Store().Read(TrackId, TrackPoints.TimeOf(4), TrackPoints.TimeOf(13));
        Assert.Equal(TrackPoints.Seqs(4, 10), TrackPoints.Seqs(window));
    }

    [Fact]
    public async Task A_restarted_store_goes_on_in_the_blob_its_track_had_reached()
    {
        var before = Store();
        for (var append = 0; append < 4; append++)
        {
            await before.Append(TrackId, TrackPoints.Range(append * 2, 2));
        }

        var after = Store();
        for (var append = 4; append < 7; append++)
        {
            await after.Append(TrackId, TrackPoints.Range(append * 2, 2));
        }

        Assert.Equal("3 3 1", await BlocksPerBlob());
        Assert.Equal(TrackPoints.Seqs(0, 14), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));
    }

    [Fact]
    public async Task A_writer_that_missed_another_writers_roll_overs_goes_on_after_them_and_hides_none_of_their_points()
    {
        // Two activations of one grain can overlap while a silo fails.
        var stale = Store();
        for (var append = 0; append < 3; append++)
        {
            await stale.Append(TrackId, TrackPoints.Range(append, 1));
        }

        var other = Store();
        for (var append = 3; append < 7; append++)
        {
            await other.Append(TrackId, TrackPoints.Range(append, 1));
        }

        await stale.Append(TrackId, TrackPoints.Range(7, 1));

        Assert.Equal("3 3 2", await BlocksPerBlob());
        Assert.Equal(TrackPoints.Seqs(0, 8), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));
    }

    [Fact]
    public async Task A_blob_Azure_calls_full_is_left_for_a_next_one_instead_of_failing_every_flush()
    {
        var full = new BlockCountExceeded();
        var options = new BlobClientOptions();
        options.AddPolicy(full, Azure.Core.HttpPipelinePosition.PerCall);
        var store = new AzureTrackStore(Container(options), AzureTrackStore.AzureBlockLimit);

        await store.Append(TrackId, TrackPoints.Range(0, 2));
        full.MarkFull($"tracks/{Uri.EscapeDataString(TrackId)}");
        await store.Append(TrackId, TrackPoints.Range(2, 2));
        await store.Append(TrackId, TrackPoints.Range(4, 2));
        await new AzureTrackStore(Container(options), AzureTrackStore.AzureBlockLimit).Append(TrackId, TrackPoints.Range(6, 2));

        Assert.Equal("1 3", await BlocksPerBlob());
        Assert.Equal(TrackPoints.Seqs(0, 8), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));
    }

    [Fact]
    public async Task A_track_written_as_one_blob_before_blobs_rolled_over_still_reads_and_grows()
    {
        // The form every track had before: one append blob named by the escaped track id.
        await Container().CreateIfNotExistsAsync();
        var old = Container().GetAppendBlobClient($"tracks/{Uri.EscapeDataString(TrackId)}");
        await old.CreateAsync();
        foreach (var block in new[] { TrackPoints.Range(0, 3), TrackPoints.Range(3, 3) })
        {
            using var stream = new MemoryStream(TrackRecords.Encode(block));
            await old.AppendBlockAsync(stream);
        }

        Assert.Equal(TrackPoints.Seqs(0, 6), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));

        var store = Store();
        await store.Append(TrackId, TrackPoints.Range(6, 2));
        await store.Append(TrackId, TrackPoints.Range(8, 2));

        Assert.Equal(TrackPoints.Seqs(0, 10), TrackPoints.Seqs(await Store().Read(TrackId, null, null)));
    }

    [Fact]
    public async Task The_first_append_creates_the_container_and_an_unknown_track_reads_empty()
    {
        Assert.Empty(await Store().Read(TrackId, null, null));

        await Store().Append(TrackId, TrackPoints.Range(0, 1));

        Assert.Equal(0, Assert.Single(await Store().Read(TrackId, null, null)).Seq);
        Assert.Empty(await Store().Read("vehicle/another", null, null));
    }

    [Fact]
    public async Task Tracks_whose_ids_share_a_beginning_keep_their_points_apart_across_blobs()
    {
        var store = Store();
        for (var append = 0; append < 5; append++)
        {
            await store.Append("vehicle/V1", TrackPoints.Range(append, 1));
            await store.Append("vehicle/V10", TrackPoints.Range(100 + append, 1));
        }

        Assert.Equal(TrackPoints.Seqs(0, 5), TrackPoints.Seqs(await Store().Read("vehicle/V1", null, null)));
        Assert.Equal(TrackPoints.Seqs(100, 5), TrackPoints.Seqs(await Store().Read("vehicle/V10", null, null)));
    }
}
