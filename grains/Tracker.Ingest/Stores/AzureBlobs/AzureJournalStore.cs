using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;


namespace Tracker.Ingest.Stores.AzureBlobs;

/// <summary>
/// Segments as append blobs under journal/{name}/ in the storage container. An append block
/// is committed when the call returns: the group commit's one storage write.
/// </summary>
public sealed class AzureJournalStore(string connectionString, string containerName, string name) : IJournalStore
{
    private const string CheckpointBlob = "checkpoint";
    private const string OwnerBlob = "owner";
    private readonly BlobContainerClient _container = new(connectionString, containerName);

    /// <summary>The hot path's client: fails fast while the store is down (<see cref="FailFastBlobOptions"/>).</summary>
    private readonly BlobContainerClient _appendContainer = new(connectionString, containerName, FailFastBlobOptions.Create());
    private readonly string _prefix = $"journal/{name}/";
    private readonly HashSet<long> _created = [];
    private bool _containerReady;

    public async Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken)
    {
        await EnsureContainer(cancellationToken);
        var segments = new List<long>();
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, _prefix, cancellationToken))
        {
            if (long.TryParse(blob.Name.AsSpan(_prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var segment))
            {
                segments.Add(segment);
            }
        }

        segments.Sort();
        return segments;
    }

    public async Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        var blob = Segment(segment, _appendContainer);
        if (!_created.Contains(segment))
        {
            if (!_containerReady)
            {
                await _appendContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerReady = true;
            }

            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created.Add(segment);
        }

        using var stream = new MemoryStream(block.ToArray(), writable: false);
        await blob.AppendBlockAsync(stream, cancellationToken: cancellationToken);
    }

    public async Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken)
    {
        var blob = Segment(segment);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return [];
        }

        var content = await blob.DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToArray();
    }

    public async Task<JournalBacklog> Backlog(CancellationToken cancellationToken)
    {
        await EnsureContainer(cancellationToken);
        var (segments, bytes) = (0, 0L);
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, _prefix, cancellationToken))
        {
            if (long.TryParse(blob.Name.AsSpan(_prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                segments++;
                bytes += blob.Properties.ContentLength ?? 0;
            }
        }

        return new JournalBacklog(segments, bytes);
    }

    public async Task DeleteSegment(long segment, CancellationToken cancellationToken)
    {
        await Segment(segment).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        _created.Remove(segment);
    }

    public async Task<long?> ReadCheckpoint(CancellationToken cancellationToken)
    {
        await EnsureContainer(cancellationToken);
        var blob = _container.GetBlobClient(_prefix + CheckpointBlob);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return null;
        }

        var content = await blob.DownloadContentAsync(cancellationToken);
        return long.Parse(content.Value.Content.ToString(), CultureInfo.InvariantCulture);
    }

    public async Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken)
    {
        // One small block blob, replaced whole: a reader sees the old marker or the new.
        await _container.GetBlobClient(_prefix + CheckpointBlob)
            .UploadAsync(BinaryData.FromString(firstNeededSegment.ToString(CultureInfo.InvariantCulture)), overwrite: true, cancellationToken);
    }

    public async Task WriteOwner(string silo, CancellationToken cancellationToken)
    {
        await EnsureContainer(cancellationToken);
        await _container.GetBlobClient(_prefix + OwnerBlob).UploadAsync(BinaryData.FromString(silo), overwrite: true, cancellationToken);
    }

    public async Task<string?> ReadOwner(CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(_prefix + OwnerBlob);
        return await blob.ExistsAsync(cancellationToken) ? (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToString() : null;
    }

    public async Task DeleteOwner(CancellationToken cancellationToken)
    {
        await _container.GetBlobClient(_prefix + OwnerBlob).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        await _container.GetBlobClient(_prefix + CheckpointBlob).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    private AppendBlobClient Segment(long segment, BlobContainerClient? client = null) =>
        (client ?? _container).GetAppendBlobClient(_prefix + segment.ToString("D12", CultureInfo.InvariantCulture));

    private async Task EnsureContainer(CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerReady = true;
        }
    }
}
