using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>
/// Moves grain state written by Tracker's earlier hand-written blob provider to the names Orleans' provider
/// reads, once, as the silo starts and before it joins the cluster (so before any grain can activate on it).
/// The earlier provider wrote <c>{escaped state}/{escaped grain id}.json</c> as <c>application/json</c>;
/// Orleans' writes <c>{state}-{grain id}.json</c> as <c>application/octet-stream</c>. Both hold the same
/// System.Text.Json document, so a move is a copy under the new name and a delete of the old.
/// </summary>
/// <remarks>
/// Safe to interrupt and to run on several silos at once: a copy never replaces a blob under the new name
/// (that state was written later, by Orleans' provider, or moved there by another silo), and an old blob
/// is deleted only after its state exists under the new name. Once done, a marker blob spares later
/// starts the listing of the container.
/// </remarks>
public sealed partial class LegacyGrainBlobMigration(BlobContainerClient container, ILogger<LegacyGrainBlobMigration> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Written when every legacy blob of the container has been moved.</summary>
    public const string DoneMarker = "migrations/legacy-grain-blob-names.done";

    private const string LegacyContentType = "application/json";
    private const string LegacySuffix = ".json";

    /// <summary>What Orleans' provider writes; the moved blob looks as if it had written it.</summary>
    private const string ContentType = "application/octet-stream";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacyGrainBlobMigration), ServiceLifecycleStage.ApplicationServices, async ct => await RunAsync(ct));

    /// <summary>Moves every legacy blob not moved yet; answers how many it moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!(await container.ExistsAsync(cancellationToken)).Value)
        {
            return 0; // A store that never existed holds nothing to move.
        }

        var marker = container.GetBlobClient(DoneMarker);
        if ((await marker.ExistsAsync(cancellationToken)).Value)
        {
            return 0;
        }

        var moved = 0;
        var superseded = 0;
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken))
        {
            if (NewName(blob.Name, blob.Properties.ContentType) is not { } target)
            {
                continue;
            }

            switch (await MoveAsync(blob.Name, target, cancellationToken))
            {
                case Outcome.Moved:
                    moved++;
                    break;
                case Outcome.Superseded:
                    superseded++;
                    break;
            }
        }

        await marker.UploadAsync(BinaryData.FromString($"moved {moved}, superseded {superseded}\n"), overwrite: true, cancellationToken);
        if (moved + superseded > 0)
        {
            LogMoved(container.Name, moved, superseded);
        }

        return moved;
    }

    /// <summary>
    /// The name Orleans' provider gives the state in a legacy blob, or null when the blob is not one: legacy
    /// blobs are JSON, named by two escaped segments (no other slash), the second a grain id "type/key".
    /// </summary>
    public static string? NewName(string blobName, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        if (!string.Equals(contentType, LegacyContentType, StringComparison.OrdinalIgnoreCase)
            || !blobName.EndsWith(LegacySuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || blobName.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var stateName = Uri.UnescapeDataString(blobName[..slash]);
        var grainId = Uri.UnescapeDataString(blobName[(slash + 1)..^LegacySuffix.Length]);
        return grainId.Contains('/', StringComparison.Ordinal) ? $"{stateName}-{grainId}.json" : null;
    }

    private async Task<Outcome> MoveAsync(string from, string to, CancellationToken cancellationToken)
    {
        var source = container.GetBlobClient(from);
        BlobDownloadResult content;
        try
        {
            content = (await source.DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return Outcome.Gone; // Another silo moved it since the listing.
        }

        var outcome = Outcome.Moved;
        try
        {
            await container.GetBlobClient(to).UploadAsync(content.Content, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            outcome = Outcome.Superseded;
        }

        try
        {
            await source.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = content.Details.ETag }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Rewritten since we read it: only a silo still running the earlier provider does that.
            LogChangedWhileMoving(from);
        }

        return outcome;
    }

    private enum Outcome
    {
        Moved,
        Superseded,
        Gone,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Moved} grain state blob(s) in container {Container} to the names of Orleans' blob provider; {Superseded} had been written under the new name already, so the old copy was dropped")]
    private partial void LogMoved(string container, int moved, int superseded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Legacy grain state blob {BlobName} changed while it was moved and was left in place: is a silo with the earlier blob provider still running?")]
    private partial void LogChangedWhileMoving(string blobName);
}
