using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>
/// Grain state as one JSON blob per grain, <c>{stateName}/{grainId}.json</c>, with the semantics of
/// Orleans' own Azure blob provider (which the registry here does not serve): optimistic concurrency on
/// the blob's ETag, <see cref="InconsistentStateException"/> when another writer got there first.
/// </summary>
public sealed partial class AzureBlobGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string ContentType = "application/json";

    private readonly string _name;
    private readonly BlobContainerClient _container;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly ILogger<AzureBlobGrainStorage> _logger;

    public AzureBlobGrainStorage(
        string name,
        AzureBlobGrainStorageOptions options,
        IGrainStorageSerializer serializer,
        IActivatorProvider activators,
        ILogger<AzureBlobGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var containerName = options.ValidContainerName(name);
        _name = name;
        _container = new BlobContainerClient(options.ConnectionString, containerName);
        _serializer = options.GrainStorageSerializer ?? serializer;
        _activators = activators;
        _logger = logger;
    }

    public string ContainerName => _container.Name;

    /// <summary>The blob of one grain's state; the grain id is escaped so any key is a safe blob name.</summary>
    public static string BlobName(string stateName, GrainId grainId) =>
        $"{Uri.EscapeDataString(stateName)}/{Uri.EscapeDataString(grainId.ToString())}.json";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureBlobGrainStorage>(_name), ServiceLifecycleStage.ApplicationServices, EnsureContainerAsync);

    /// <summary>Creates the container if it is missing; run at silo start.</summary>
    public async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var created = await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            LogContainerCreated(_name, _container.Name);
        }
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = _container.GetBlobClient(BlobName(stateName, grainId));
        BlobDownloadResult download;
        try
        {
            download = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.IsBlobNotFound() || e.IsContainerNotFound())
        {
            LogNotFound(_name, blob.Name);
            ResetToNoRecord(grainState);
            return;
        }

        grainState.State = _serializer.Deserialize<T>(download.Content) ?? CreateDefault<T>();
        grainState.ETag = download.Details.ETag.ToString();
        grainState.RecordExists = true;
        LogRead(_name, blob.Name, grainState.ETag);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = _container.GetBlobClient(BlobName(stateName, grainId));
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
            Conditions = Expecting(grainState.ETag),
        };
        var contents = _serializer.Serialize(grainState.State);

        BlobContentInfo written;
        try
        {
            try
            {
                written = (await blob.UploadAsync(contents, upload, cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.IsContainerNotFound())
            {
                // Someone deleted the container after start (or start was skipped): create it and try once more.
                await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
                written = (await blob.UploadAsync(contents, upload, cancellationToken).ConfigureAwait(false)).Value;
            }
        }
        catch (RequestFailedException e) when (e.IsWriteConflict())
        {
            LogConflict(_name, "write", blob.Name, grainState.ETag, e.Status);
            throw Inconsistent("Write", blob, grainState.ETag, e);
        }

        grainState.ETag = written.ETag.ToString();
        grainState.RecordExists = true;
        LogWritten(_name, blob.Name, grainState.ETag, contents.ToMemory().Length);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = _container.GetBlobClient(BlobName(stateName, grainId));
        try
        {
            // A missing blob (or container) is already clear.
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, Expecting(grainState.ETag), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.IsContainerNotFound())
        {
        }
        catch (RequestFailedException e) when (e.IsWriteConflict())
        {
            LogConflict(_name, "clear", blob.Name, grainState.ETag, e.Status);
            throw Inconsistent("Clear", blob, grainState.ETag, e);
        }

        ResetToNoRecord(grainState);
        LogCleared(_name, blob.Name);
    }

    /// <summary>
    /// The blob must still be the one we last saw: a null ETag means we saw none, so a blob that exists
    /// now was written by someone else.
    /// </summary>
    private static BlobRequestConditions Expecting(string? etag) => etag is null
        ? new BlobRequestConditions { IfNoneMatch = ETag.All }
        : new BlobRequestConditions { IfMatch = new ETag(etag) };

    private void ResetToNoRecord<T>(IGrainState<T> grainState)
    {
        grainState.State = CreateDefault<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T CreateDefault<T>() => _activators.GetActivator<T>().Create();

    private InconsistentStateException Inconsistent(string operation, BlobClient blob, string? etag, RequestFailedException e) =>
        new($"{operation} of blob '{blob.Name}' in container '{_container.Name}' (storage '{_name}') found it changed since ETag {etag ?? "<none>"} was read.",
            storedEtag: "Unknown", currentEtag: etag ?? "", storageException: e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {StorageName} created blob container {Container}")]
    private partial void LogContainerCreated(string storageName, string container);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Grain storage {StorageName} found no blob {BlobName}")]
    private partial void LogNotFound(string storageName, string blobName);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Grain storage {StorageName} read blob {BlobName} at ETag {ETag}")]
    private partial void LogRead(string storageName, string blobName, string? eTag);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Grain storage {StorageName} wrote blob {BlobName}, now ETag {ETag}, {Bytes} bytes")]
    private partial void LogWritten(string storageName, string blobName, string? eTag, int bytes);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Grain storage {StorageName} cleared blob {BlobName}")]
    private partial void LogCleared(string storageName, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain storage {StorageName} refused {Operation} of blob {BlobName}: it changed since ETag {ETag} (HTTP {Status})")]
    private partial void LogConflict(string storageName, string operation, string blobName, string? eTag, int status);
}
