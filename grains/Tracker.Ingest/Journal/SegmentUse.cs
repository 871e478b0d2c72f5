namespace Tracker.Ingest.Journal;

/// <summary>
/// Counts the batches written to one segment that are not yet applied to their grains. A
/// checkpoint may retire the segment only once the count is back to zero.
/// </summary>
public sealed class SegmentUse
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Acquire(int count) => Interlocked.Add(ref _inFlight, count);

    public IDisposable Lease() => new Releaser(this);

    public void Release() => Interlocked.Decrement(ref _inFlight);

    public async Task Drained(CancellationToken cancellationToken)
    {
        while (InFlight > 0)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    private sealed class Releaser(SegmentUse use) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                use.Release();
            }
        }
    }
}
