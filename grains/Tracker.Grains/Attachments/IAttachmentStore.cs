namespace Tracker.Grains.Attachments;

/// <summary>
/// The files sent with a workflow's request (e.g. an arrival-report deletion), kept beside grain state so
/// that a request's state stays small: the request names each file, the store holds its bytes. A file is
/// written once and never changed (audit); writing it again with the same bytes is harmless (a retry).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Returns once the bytes are durable.</summary>
    ValueTask Put(string requestId, string attachmentId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    /// <summary>The bytes, or null when no such file was stored.</summary>
    ValueTask<byte[]?> Read(string requestId, string attachmentId, CancellationToken cancellationToken = default);
}
