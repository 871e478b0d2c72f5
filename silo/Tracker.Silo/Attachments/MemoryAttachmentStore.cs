using System.Collections.Concurrent;
using Tracker.Grains.Attachments;

namespace Tracker.Silo.Attachments;

/// <summary>Attachments in memory, for the Memory provider used by tests and benchmarks.</summary>
public sealed class MemoryAttachmentStore : IAttachmentStore
{
    private readonly ConcurrentDictionary<(string, string), byte[]> _files = new();

    public ValueTask Put(string requestId, string attachmentId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        _files[(requestId, attachmentId)] = data.ToArray();
        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> Read(string requestId, string attachmentId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_files.TryGetValue((requestId, attachmentId), out var data) ? data : null);
}
