using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Tracker.StorageTests.Tracks;

/// <summary>
/// Answers appends to the blobs marked full as Azure does past 50,000 blocks (409 BlockCountExceedsLimit),
/// so a test can meet a full blob without making 50,000 appends to Azurite.
/// </summary>
internal sealed class BlockCountExceeded : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, bool> _full = new(StringComparer.Ordinal);

    public void MarkFull(string blobName) => _full[blobName] = true;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Refuse(HttpMessage message)
    {
        var request = message.Request;
        if (request.Method != RequestMethod.Put || !request.Uri.Query.Contains("comp=appendblock", StringComparison.Ordinal))
        {
            return;
        }

        // The path is /account/container/blob name, escaped once.
        var path = Uri.UnescapeDataString(request.Uri.Path);
        if (_full.Keys.Any(name => path.EndsWith("/" + name, StringComparison.Ordinal)))
        {
            throw new RequestFailedException(409, "The committed block count cannot exceed the maximum limit of 50,000 blocks.", "BlockCountExceedsLimit", null);
        }
    }
}
