using System.Text.Json;

namespace Tracker.Ingest.Stores;

/// <summary>A quarantined batch as one JSON document (the payload in base64), the same in every store.</summary>
public static class QuarantineJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Write(QuarantinedBatch batch) => JsonSerializer.SerializeToUtf8Bytes(batch, Options);

    public static QuarantinedBatch? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<QuarantinedBatch>(json, Options);
        }
        catch (JsonException)
        {
            // A half-written copy from a crash: the batch is still in its journal and is set aside again.
            return null;
        }
    }
}
