using System.Security.Cryptography;
using System.Text;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

// Not "...Storage.File": a namespace of that name would hide System.IO.File from all of Tracker.Silo.Storage.
namespace Tracker.Silo.Storage.FileGrains;

/// <summary>
/// Grain state as one file per grain, <c>{root}/{stateName}/{sha256(grainId)}.grain</c>, with the same
/// ETag semantics as the blob store. Orleans' own file storage checks ETags without a lock and rewrites the
/// record in place with no fsync, so racing writers can both win and a crash mid-write leaves a torn record;
/// here a write is checked under a lock, goes to a temporary file that is flushed to disk, and replaces the
/// record by rename, so a reader (or a restart) sees the old record or the new one, never a mixture.
/// </summary>
public sealed partial class TrackerFileGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string Magic = "TRACKER-GRAIN-1";
    private const int LockStripes = 256;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly string _name;
    private readonly string _root;
    private readonly string _lockDirectory;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly ILogger<TrackerFileGrainStorage> _logger;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public TrackerFileGrainStorage(
        string name,
        string rootDirectory,
        IGrainStorageSerializer serializer,
        IActivatorProvider activators,
        ILogger<TrackerFileGrainStorage> logger)
    {
        _name = name;
        _root = Path.GetFullPath(rootDirectory);
        _lockDirectory = Path.Combine(_root, ".locks");
        _serializer = serializer;
        _activators = activators;
        _logger = logger;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<TrackerFileGrainStorage>(_name), ServiceLifecycleStage.ApplicationServices, _ =>
        {
            Directory.CreateDirectory(_root);
            return Task.CompletedTask;
        });

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);

        // No lock: records are replaced by rename, so a read sees a whole record.
        var record = await TryReadAsync(Locate(stateName, grainId).Path, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            ResetToNoRecord(grainState);
            return;
        }

        grainState.State = _serializer.Deserialize<T>(new BinaryData(record.Value.Payload)) ?? CreateDefault<T>();
        grainState.ETag = record.Value.ETag;
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var location = Locate(stateName, grainId);
        var payload = _serializer.Serialize(grainState.State).ToMemory();
        var etag = Guid.NewGuid().ToString("N");
        var header = Encoding.UTF8.GetBytes($"{Magic} {etag} {Uri.EscapeDataString(grainId.ToString())}\n");

        using (await LockAsync(location.Stripe, cancellationToken).ConfigureAwait(false))
        {
            var stored = await TryReadAsync(location.Path, cancellationToken).ConfigureAwait(false);
            EnsureUnchanged("write", location.Path, grainState.ETag, stored?.ETag);

            Directory.CreateDirectory(Path.GetDirectoryName(location.Path)!);
            var temporary = $"{location.Path}.{etag}.tmp";
            try
            {
                // Past this point the write completes even if the caller gives up: no torn records.
                await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
                {
                    await file.WriteAsync(header, CancellationToken.None).ConfigureAwait(false);
                    await file.WriteAsync(payload, CancellationToken.None).ConfigureAwait(false);
                    file.Flush(flushToDisk: true);
                }

                // The rename is atomic; .NET cannot fsync the directory, so it is durable at the file system's next journal commit.
                File.Move(temporary, location.Path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var location = Locate(stateName, grainId);
        using (await LockAsync(location.Stripe, cancellationToken).ConfigureAwait(false))
        {
            var stored = await TryReadAsync(location.Path, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                EnsureUnchanged("clear", location.Path, grainState.ETag, stored.Value.ETag);
                File.Delete(location.Path);
            }
        }

        ResetToNoRecord(grainState);
    }

    /// <summary>The record must still be the one the grain last saw: none if it saw none.</summary>
    private void EnsureUnchanged(string operation, string path, string? expected, string? stored)
    {
        if (!string.Equals(expected, stored, StringComparison.Ordinal))
        {
            LogConflict(_name, operation, path, expected, stored);
            throw new InconsistentStateException(
                $"The {operation} of grain record '{path}' (storage '{_name}') found ETag {stored ?? "<none>"}, expected {expected ?? "<none>"}.",
                storedEtag: stored ?? "",
                currentEtag: expected ?? "");
        }
    }

    private (string Path, int Stripe) Locate(string stateName, GrainId grainId)
    {
        // Hashed because grain keys are case-sensitive and unbounded, file names are neither everywhere.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(grainId.ToString()));
        var path = Path.Combine(_root, Uri.EscapeDataString(stateName), $"{Convert.ToHexString(hash)}.grain");
        return (path, (hash[0] + stateName.Length) % LockStripes);
    }

    private static async Task<(string ETag, ReadOnlyMemory<byte> Payload)?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var end = Array.IndexOf(bytes, (byte)'\n');
        var header = end < 0 ? [] : Encoding.UTF8.GetString(bytes, 0, end).Split(' ');
        if (header.Length < 2 || header[0] != Magic)
        {
            throw new InvalidDataException($"Grain record '{path}' does not start with a {Magic} header.");
        }

        return (header[1], bytes.AsMemory(end + 1));
    }

    /// <summary>
    /// One writer per record across threads (semaphore) and across processes sharing the folder (an
    /// exclusively opened lock file); records are spread over a fixed set of stripes.
    /// </summary>
    private async Task<IDisposable> LockAsync(int stripe, CancellationToken cancellationToken)
    {
        var semaphore = _stripes[stripe];
        if (!await semaphore.WaitAsync(LockTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"Grain storage '{_name}' waited over {LockTimeout} for lock stripe {stripe}.");
        }

        try
        {
            Directory.CreateDirectory(_lockDirectory);
            var path = Path.Combine(_lockDirectory, $"{stripe:x2}.lock");
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    return new HeldLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), semaphore);
                }
                catch (IOException) when (waited.Elapsed < LockTimeout)
                {
                    await Task.Delay(5, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw new TimeoutException($"Grain storage '{_name}' waited over {LockTimeout} for lock file '{path}'.", e);
                }
            }
        }
        catch
        {
            semaphore.Release();
            throw;
        }
    }

    private void ResetToNoRecord<T>(IGrainState<T> grainState)
    {
        grainState.State = CreateDefault<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T CreateDefault<T>() => _activators.GetActivator<T>().Create();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain storage {StorageName} refused {Operation} of {Path}: stored ETag {Stored}, expected {Expected}")]
    private partial void LogConflict(string storageName, string operation, string path, string? expected, string? stored);

    private sealed class HeldLock(FileStream file, SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose()
        {
            file.Dispose();
            semaphore.Release();
        }
    }
}
