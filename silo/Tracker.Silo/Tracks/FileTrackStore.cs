using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Silo.Tracks;

/// <summary>
/// Tracks as append-only files of <see cref="TrackRecords"/>, one file per track. A torn last
/// record after a crash is cut off before the next append and ignored on read. An append returns
/// once its records (and a new file's name) are on disk.
/// </summary>
public sealed class FileTrackStore : ITrackStore
{
    private const int RecordSize = TrackRecords.RecordSize;

    private readonly string _root;
    private readonly IDiskSync _sync;

    public FileTrackStore(string root)
        : this(root, DiskSync.Instance)
    {
    }

    internal FileTrackStore(string root, IDiskSync sync)
    {
        _root = Path.Combine(root, "tracks");
        _sync = sync;
    }

    public async ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        if (points.Count == 0)
        {
            return;
        }

        var buffer = TrackRecords.Encode(points);

        var path = PathOf(trackId);
        var directory = Path.GetDirectoryName(path)!;
        var newDirectories = Missing(directory);
        Directory.CreateDirectory(directory);
        var newFile = newDirectories.Count > 0 || !File.Exists(path);

        // One grain owns a track and calls one at a time, so appends to a file never interleave.
        // A record torn by a crash is cut off first, or every later record would be misaligned.
        await using (var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous))
        {
            var whole = file.Length - (file.Length % RecordSize);
            if (whole != file.Length)
            {
                file.SetLength(whole);
            }

            file.Position = whole;
            await file.WriteAsync(buffer, cancellationToken);
            await file.FlushAsync(cancellationToken);

            // On disk before this returns: the checkpoint then deletes the journal behind these points.
            _sync.File(file);
        }

        if (newFile)
        {
            // On Linux fsync of a file does not make its name durable (fsync(2): "an explicit fsync()
            // on a file descriptor for the directory is also needed"): a power loss could drop a new
            // track file whose points' journal was already deleted. The same holds for each new folder
            // in its parent. Once per new file, so the usual append pays nothing for it.
            _sync.Directory(directory);
            foreach (var created in newDirectories)
            {
                _sync.Directory(Path.GetDirectoryName(created)!);
            }
        }
    }

    public async ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var path = PathOf(trackId);
        if (!File.Exists(path))
        {
            return [];
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return TrackWindow.Select(TrackRecords.Decode(bytes), from, to);
    }

    /// <summary><paramref name="directory"/> and those of its parents that do not exist yet, deepest first.</summary>
    private static List<string> Missing(string directory)
    {
        var missing = new List<string>();
        for (var d = directory; !string.IsNullOrEmpty(d) && !Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Add(d);
        }

        return missing;
    }

    /// <summary>Ids are hashed into the file name: safe on any file system whatever characters they hold.</summary>
    private string PathOf(string trackId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trackId)));
        return Path.Combine(_root, hash[..2], hash + ".trk");
    }
}
