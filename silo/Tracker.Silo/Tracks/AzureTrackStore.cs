using System.Collections.Concurrent;
using System.Collections.Immutable;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Silo.Tracks;

/// <summary>
/// Tracks as append blobs of <see cref="TrackRecords"/>, one blob per track under tracks/.
/// Grains append at checkpoints, so a track costs one storage write per checkpoint, not per fix.
/// </summary>
public sealed class AzureTrackStore(string connectionString, string containerName) : ITrackStore
{
    private readonly BlobContainerClient _container = new(connectionString, containerName);
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    public async ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0)
        {
            return;
        }

        var blob = BlobOf(trackId);
        if (!_created.ContainsKey(trackId))
        {
            try
            {
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }

            _created[trackId] = true;
        }

        using var stream = new MemoryStream(TrackRecords.Encode(points), writable: false);
        await blob.AppendBlockAsync(stream, cancellationToken: cancellationToken);
    }

    public async ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await BlobOf(trackId).DownloadContentAsync(cancellationToken);
            return TrackWindow.Select(TrackRecords.Decode(content.Value.Content.ToMemory().Span), from, to);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private AppendBlobClient BlobOf(string trackId) => _container.GetAppendBlobClient($"tracks/{Uri.EscapeDataString(trackId)}");
}
