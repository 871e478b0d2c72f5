using Tracker.Ingest.Batches;
using Tracker.Ingest.Journal;

namespace Tracker.Ingest.Pipeline;

/// <summary>
/// What "202 Accepted" means: the batch is in the journal (durable, group commit) and has been
/// applied to its grains. The endpoints only read, validate and answer; this is the rest.
/// </summary>
public sealed class IngestPipeline(IIngestJournal journal) : IDisposable
{
    /// <summary>
    /// Events of one host are journaled and applied one call at a time, so that replaying the
    /// journal after a crash meets them in the order they were first applied and refuses and
    /// accepts exactly what it did then. Events are few; fixes, the bulk, run in parallel.
    /// </summary>
    private readonly SemaphoreSlim _eventsInOrder = new(1, 1);

    /// <summary>
    /// Journals <paramref name="batch"/>, then runs <paramref name="apply"/>. The work does not
    /// belong to the caller: once the batch is queued for the journal it is written, applied
    /// and its lease released even if the caller gives up, since a lease never released would
    /// stall every checkpoint. <paramref name="cancellationToken"/> only stops the waiting.
    /// </summary>
    /// <exception cref="IngestUnavailableException">Not acknowledged: the caller should send again.</exception>
    public async Task<T> Submit<T>(IngestBatch batch, Func<Task<T>> apply, CancellationToken cancellationToken)
    {
        if (batch.IsEmpty)
        {
            return await apply();
        }

        if (!journal.IsOpen)
        {
            throw new IngestUnavailableException("The host is starting.");
        }

        var events = batch.Events is { Count: > 0 };
        if (events && !journal.IsReady)
        {
            // Fixes may overtake the replay (a device's sequence numbers make a re-applied fix a
            // duplicate, and a late fix never moves a position back); events may not, since the
            // replay must meet them in the order in which they were first accepted or refused.
            throw new IngestUnavailableException("The host is replaying its journal after a restart: events are taken once it has.");
        }

        var work = events ? InOrder(batch, apply) : JournalThenApply(batch, apply);
        return await work.WaitAsync(cancellationToken);
    }

    private async Task<T> InOrder<T>(IngestBatch batch, Func<Task<T>> apply)
    {
        await _eventsInOrder.WaitAsync();
        try
        {
            return await JournalThenApply(batch, apply);
        }
        finally
        {
            _eventsInOrder.Release();
        }
    }

    private async Task<T> JournalThenApply<T>(IngestBatch batch, Func<Task<T>> apply)
    {
        IDisposable lease;
        try
        {
            lease = await journal.Append(batch);
        }
        catch (Exception e)
        {
            throw new IngestUnavailableException("The journal could not be written.", e);
        }

        using (lease)
        {
            try
            {
                return await apply();
            }
            catch (Exception e)
            {
                throw new IngestUnavailableException("A grain could not take its reports.", e);
            }
        }
    }

    public void Dispose() => _eventsInOrder.Dispose();
}
