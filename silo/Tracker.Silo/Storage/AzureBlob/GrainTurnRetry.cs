using Azure.Core;
using Azure.Storage.Blobs;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>
/// How hard a blob call made inside a grain's turn tries: grain state reads and writes, and the
/// track appends a grain makes before writing its state. A checkpoint writes a grain in the
/// grain's own turn, so every report for that device waits behind the write. The Blob SDK's
/// defaults (5 retries from 0.8 s, doubling) held a smart lock's turn about 25 s per write
/// against a stopped store, twice per checkpoint; reports queued behind it outlived the API's
/// failover bound (8 s, answered 503) and, once the store was back, still waited out the
/// current backoff (the Azurite outage drill: ingest held up to 8 s after the store returned).
/// Here a write to a store that is down fails in well under a second; nothing is lost by
/// failing, since the grain stays dirty and its journal is kept until a later checkpoint writes it.
/// </summary>
public static class GrainTurnRetry
{
    public static BlobClientOptions Options() => new()
    {
        Retry =
        {
            Mode = RetryMode.Exponential,
            MaxRetries = 2,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromMilliseconds(400),

            // Grain state and a checkpoint's track points are small; a store that holds one
            // longer than this is hung, and the grain's callers are better answered.
            NetworkTimeout = TimeSpan.FromSeconds(5),
        },
    };
}
