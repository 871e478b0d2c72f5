using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// Offers a batch to the ingest until it is taken: NMEA has no acknowledgement to make a sender re-send, so a batch
/// the journal cannot take yet (a store outage, a restart's replay) is offered again, with a growing pause, rather
/// than dropped. Meanwhile a stream source reads nothing more, and TCP holds the sender back.
/// </summary>
public static class JournalRetry
{
    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    public static async Task<T> UntilTaken<T>(Func<Task<T>> submit, Action<IngestUnavailableException, TimeSpan> onRefused, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submit);
        ArgumentNullException.ThrowIfNull(onRefused);
        var pause = FirstPause;
        while (true)
        {
            try
            {
                return await submit();
            }
            catch (IngestUnavailableException e)
            {
                onRefused(e, pause);
                await Task.Delay(pause, clock, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }
}
