using System.Collections.Concurrent;
using System.Collections.Immutable;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;
using Tracker.Silo.Storage.AzureBlob;
using Tracker.Ingest.Stores.AzureBlobs;

namespace Tracker.Silo.Tracks;

/// <summary>
/// Tracks as append blobs of <see cref="TrackRecords"/> under tracks/. Grains append at checkpoints,
/// so a track costs one storage write per checkpoint, not per fix. A blob takes 50,000 appends, about
/// 17 days of a vehicle reporting every 30 s, so a track rolls over to a next blob when its blob is full,
/// as the journal moves to a next segment (names in <see cref="TrackBlobs"/>).
/// </summary>
public sealed class AzureTrackStore : ITrackStore
{
    /// <summary>Azure's limit of blocks (appends) in one append blob.</summary>
    internal const int AzureBlockLimit = 50_000;

    /// <summary>Roll-overs that lose a race to other writers of the same track before an append gives up.</summary>
    private const int RollOverAttempts = 8;

    private readonly BlobContainerClient _container;
    private readonly int _blocksPerPart;

    // The part each track goes on in and how full it is, so an append costs one request. One grain
    // owns a track and appends one call at a time; a second writer (a duplicate activation while a
    // silo fails) is met through Azure's answers, never trusted from here.
    private readonly ConcurrentDictionary<string, Tail> _tails = new(StringComparer.Ordinal);

    public AzureTrackStore(string connectionString, string containerName)
        : this(new BlobContainerClient(connectionString, containerName, FailFastBlobOptions.Create()), AzureBlockLimit)
    {
    }

    /// <summary>A store whose blobs take <paramref name="blocksPerPart"/> appends each, so a test need not make 50,000.</summary>
    internal AzureTrackStore(BlobContainerClient container, int blocksPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blocksPerPart, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(blocksPerPart, AzureBlockLimit);
        _container = container;
        _blocksPerPart = blocksPerPart;
    }

    public async ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0)
        {
            return;
        }

        var block = TrackRecords.Encode(points);
        try
        {
            var tail = _tails.TryGetValue(trackId, out var known) ? known : await FindTail(trackId, cancellationToken);
            if (tail.Blocks >= _blocksPerPart)
            {
                tail = await RollOver(trackId, tail.Part, cancellationToken);
            }

            int blocks;
            try
            {
                blocks = await AppendBlock(trackId, tail.Part, block, cancellationToken);
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlockCountExceedsLimit)
            {
                // Azure's count is the truth: the blob was filled by another writer, or by a store
                // from before tracks rolled over. Failing here would fail every flush from now on.
                tail = await RollOver(trackId, tail.Part, cancellationToken);
                blocks = await AppendBlock(trackId, tail.Part, block, cancellationToken);
            }

            _tails[trackId] = new Tail(tail.Part, blocks);
        }
        catch
        {
            // The next append looks again at where the track stands: a blob or container may be gone.
            _tails.TryRemove(trackId, out _);
            throw;
        }
    }

    public async ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        BlobDownloadResult first;
        try
        {
            first = (await PartOf(trackId, 0).DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        // Points are windowed after decoding: a late report may sit in any part, so no part can be
        // skipped by time. The parts are fetched side by side, so a long track costs one round trip more.
        var later = await Task.WhenAll(Enumerable.Range(1, TrackBlobs.LastPart(first.Details.Metadata))
            .Select(part => DownloadPart(trackId, part, cancellationToken)));
        var points = TrackRecords.Decode(first.Content.ToMemory().Span);
        foreach (var part in later)
        {
            points.AddRange(part);
        }

        return TrackWindow.Select(points, from, to);
    }

    private async Task<List<TrackPoint>> DownloadPart(string trackId, int part, CancellationToken cancellationToken)
    {
        try
        {
            var content = await PartOf(trackId, part).DownloadContentAsync(cancellationToken);
            return TrackRecords.Decode(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Named by part 0 but deleted by hand: the rest of the track still reads.
            return [];
        }
    }

    /// <summary>Where a track this store has not appended to since it started goes on.</summary>
    private async Task<Tail> FindTail(string trackId, CancellationToken cancellationToken)
    {
        var first = await PropertiesOrNull(PartOf(trackId, 0), cancellationToken);
        if (first is null)
        {
            await CreatePart(trackId, 0, cancellationToken);
            return new Tail(0, 0);
        }

        var last = TrackBlobs.LastPart(first.Metadata);
        return last == 0 ? new Tail(0, first.BlobCommittedBlockCount) : await TailAt(trackId, last, cancellationToken);
    }

    private async Task<Tail> TailAt(string trackId, int part, CancellationToken cancellationToken)
    {
        var properties = await PropertiesOrNull(PartOf(trackId, part), cancellationToken);
        if (properties is null)
        {
            await CreatePart(trackId, part, cancellationToken);
            return new Tail(part, 0);
        }

        return new Tail(part, properties.BlobCommittedBlockCount);
    }

    /// <summary>Moves a track past its full part <paramref name="fullPart"/> to a part with room.</summary>
    private async Task<Tail> RollOver(string trackId, int fullPart, CancellationToken cancellationToken)
    {
        var first = PartOf(trackId, 0);
        for (var attempt = 0; attempt < RollOverAttempts; attempt++)
        {
            var properties = (await first.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            var last = TrackBlobs.LastPart(properties.Metadata);
            if (last > fullPart)
            {
                // Another writer rolled over already: go on in its part unless that is full too.
                var tail = await TailAt(trackId, last, cancellationToken);
                if (tail.Blocks < _blocksPerPart)
                {
                    return tail;
                }

                fullPart = last;
                continue;
            }

            // The part exists before part 0 names it, and takes points only after, so a reader never
            // misses points: a crash in between leaves an empty part that the next roll-over takes up.
            var next = fullPart + 1;
            await CreatePart(trackId, next, cancellationToken);
            try
            {
                // Only over the metadata just read: a writer that rolled further meanwhile is never undone.
                await first.SetMetadataAsync(TrackBlobs.Naming(next), new BlobRequestConditions { IfMatch = properties.ETag }, cancellationToken);
                return new Tail(next, 0);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Part 0 changed since it was read; read it again.
            }
        }

        throw new InvalidOperationException($"Track {trackId} could not roll over past part {fullPart}: other writers kept changing it.");
    }

    private async Task<int> AppendBlock(string trackId, int part, byte[] block, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(block, writable: false);
        var appended = await PartOf(trackId, part).AppendBlockAsync(stream, cancellationToken: cancellationToken);
        return appended.Value.BlobCommittedBlockCount;
    }

    private async Task CreatePart(string trackId, int part, CancellationToken cancellationToken)
    {
        var blob = PartOf(trackId, part);
        try
        {
            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    private static async Task<BlobProperties?> PropertiesOrNull(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private AppendBlobClient PartOf(string trackId, int part) => _container.GetAppendBlobClient(TrackBlobs.Part(trackId, part));

    /// <summary>The part a track goes on in and the appends it holds.</summary>
    private readonly record struct Tail(int Part, int Blocks);
}
