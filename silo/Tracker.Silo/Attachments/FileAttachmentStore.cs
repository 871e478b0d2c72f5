using System.Security.Cryptography;
using System.Text;
using Tracker.Grains.Attachments;
using Tracker.Silo.Tracks;

namespace Tracker.Silo.Attachments;

/// <summary>
/// Attachments as files under {Storage:Root}/attachments. A file is written beside its place and
/// renamed into it once on disk, so a reader never sees half a file, even after a crash.
/// </summary>
public sealed class FileAttachmentStore(string root) : IAttachmentStore
{
    private readonly string _root = Path.Combine(root, "attachments");

    public async ValueTask Put(string requestId, string attachmentId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var path = PathOf(requestId, attachmentId);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(data, cancellationToken);
                await file.FlushAsync(cancellationToken);
                DiskSync.Instance.File(file);
            }

            File.Move(temporary, path, overwrite: true);
            DiskSync.Instance.Directory(directory);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async ValueTask<byte[]?> Read(string requestId, string attachmentId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(requestId, attachmentId);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Ids are hashed into the name, as the track store does: safe on any file system.</summary>
    private string PathOf(string requestId, string attachmentId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{requestId}/{attachmentId}")));
        return Path.Combine(_root, hash[..2], hash + ".bin");
    }
}
