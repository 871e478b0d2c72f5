using System.Globalization;


namespace Tracker.Ingest.Stores.Files;

/// <summary>Segments as files under {root}/journal/{name}; every append is flushed to disk.</summary>
public sealed class FileJournalStore : IJournalStore, IDisposable
{
    private const string Extension = ".log";
    private readonly string _folder;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _open;
    private long _openSegment = -1;

    public FileJournalStore(string root, string name)
    {
        _folder = Path.Combine(FileJournalStores.Folder(root), name);
        Directory.CreateDirectory(_folder);
    }

    public Task<IReadOnlyList<long>> ListSegments(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([.. Directory.EnumerateFiles(_folder, "*" + Extension)
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0)
            .Order()]);

    public async Task Append(long segment, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_openSegment != segment)
            {
                if (_open is not null)
                {
                    await _open.DisposeAsync();
                }

                _open = new FileStream(PathOf(segment), FileMode.Append, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
                _openSegment = segment;
            }

            await _open!.WriteAsync(block, cancellationToken);

            // Acknowledged means on disk: the group commit pays one fsync for every caller in it.
            _open.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<byte[]> ReadSegment(long segment, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(PathOf(segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[file.Length];
        await file.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    public Task<JournalBacklog> Backlog(CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(_folder, "*" + Extension).Select(f => new FileInfo(f)).ToList();
        return Task.FromResult(new JournalBacklog(files.Count, files.Sum(f => f.Exists ? f.Length : 0)));
    }

    public async Task DeleteSegment(long segment, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_openSegment == segment && _open is not null)
            {
                await _open.DisposeAsync();
                _open = null;
                _openSegment = -1;
            }

            File.Delete(PathOf(segment));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<long?> ReadCheckpoint(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, "checkpoint");
        return File.Exists(path)
            ? long.Parse(await File.ReadAllTextAsync(path, cancellationToken), CultureInfo.InvariantCulture)
            : null;
    }

    public async Task WriteCheckpoint(long firstNeededSegment, CancellationToken cancellationToken)
    {
        // Written aside and renamed over: a crash leaves the old marker or the new, never half of one.
        var path = Path.Combine(_folder, "checkpoint");
        var temp = path + ".tmp";
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(firstNeededSegment.ToString(CultureInfo.InvariantCulture)), cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public Task WriteOwner(string silo, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(_folder, "owner"), silo, cancellationToken);

    public async Task<string?> ReadOwner(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, "owner");
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
    }

    public Task DeleteOwner(CancellationToken cancellationToken)
    {
        File.Delete(Path.Combine(_folder, "owner"));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _open?.Dispose();
        _gate.Dispose();
    }

    private string PathOf(long segment) => Path.Combine(_folder, segment.ToString("D12", CultureInfo.InvariantCulture) + Extension);
}
