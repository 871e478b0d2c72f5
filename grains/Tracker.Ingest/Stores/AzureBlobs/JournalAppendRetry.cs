using Azure.Core;
using Azure.Storage.Blobs;

namespace Tracker.Ingest.Stores.AzureBlobs;

/// <summary>
/// How hard a journal append tries before ingest answers 503. Every caller of a group commit
/// waits on the one append, and the next group waits behind it: with the Azure SDK's defaults
/// (3 retries from 0.8 s, doubling) a store that refuses connections holds each append about
/// 6 s, each ingest call longer still, and a store that is back is noticed only when the
/// current backoff ends (the Azurite outage drill measured 5.4 s, over the 5 s bound).
/// Here an append to a store that is down fails in well under a second, so the caller hears
/// 503 at once and sends again, and the first append after the store returns succeeds.
/// </summary>
internal static class JournalAppendRetry
{
    public static BlobClientOptions Options() => new()
    {
        Retry =
        {
            Mode = RetryMode.Exponential,
            MaxRetries = 2,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromMilliseconds(400),

            // One append block is at most 1 MiB (JournalOptions.MaxBlockBytes); a store that
            // holds it longer than this is hung, and the callers are better told 503.
            NetworkTimeout = TimeSpan.FromSeconds(5),
        },
    };
}
