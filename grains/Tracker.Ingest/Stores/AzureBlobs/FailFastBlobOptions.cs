using Azure.Core;
using Azure.Storage.Blobs;

namespace Tracker.Ingest.Stores.AzureBlobs;

/// <summary>
/// How hard a blob call tries when someone is waiting on it: a journal append (every caller of a group commit waits
/// on the one append, the next group behind it) and the grain state writes and track appends a checkpoint makes inside
/// a grain's turn (every report for that device waits behind the write). With the Blob SDK's defaults (retries from
/// 0.8 s, doubling) a stopped store held each append about 6 s and a smart lock's turn about 25 s per write; callers
/// outlived the API's failover bound (8 s) and, once the store was back, still waited out the current backoff (the
/// Azurite outage drill: ingest back 5.4 s, then 6.4 s, after the store, over the 5 s bound). Here a call to a
/// store that is down fails in well under a second: an append's caller hears 503 at once and sends again, and a grain
/// that failed to write stays dirty with its journal kept until a later checkpoint, so nothing is lost by failing.
/// </summary>
public static class FailFastBlobOptions
{
    public static BlobClientOptions Create() => new()
    {
        Retry =
        {
            Mode = RetryMode.Exponential,
            MaxRetries = 2,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromMilliseconds(400),

            // An append block is at most 1 MiB (JournalOptions.MaxBlockBytes), grain state and a checkpoint's track
            // points are smaller: a store that holds one longer than this is hung, and the callers are better answered.
            NetworkTimeout = TimeSpan.FromSeconds(5),
        },
    };
}
