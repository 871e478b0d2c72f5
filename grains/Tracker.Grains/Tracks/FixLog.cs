using Tracker.Domain.Ingest;
using Tracker.Grains.Common;

namespace Tracker.Grains.Tracks;

/// <summary>
/// The persisted part of a reporting device (lock or vehicle): which sequence numbers it has
/// seen, its freshest position and how many reports it made.
/// </summary>
public sealed class FixLog
{
    public long? Watermark { get; set; }

    public List<long> Above { get; set; } = [];

    public Position? Last { get; set; }

    public long Reports { get; set; }

    /// <summary>The reports not seen before, in the order given; the log remembers them as seen.</summary>
    public List<T> AcceptNew<T>(IEnumerable<T> reports, Func<T, long> seqOf)
    {
        var batch = reports.ToList();
        if (batch.Count == 0)
        {
            return batch;
        }

        // A device's numbering starts where its first batch starts: without that floor the window
        // could never compact and every seq would be kept in state. A report older than the first
        // one ever received is rare (tracking starts with the device) and is counted as a duplicate.
        var window = SequenceWindow.Restore(Watermark ?? (batch.Min(seqOf) - 1), Above);
        var fresh = batch.Where(r => window.TryAccept(seqOf(r))).ToList();
        if (fresh.Count > 0)
        {
            Watermark = window.Watermark;
            Above = [.. window.Above];
            Reports += fresh.Count;
        }

        return fresh;
    }

    /// <summary>Keeps the freshest position: a late report never moves a device backwards in time.</summary>
    public bool Offer(Position candidate)
    {
        if (Last is not null && Last.Time >= candidate.Time)
        {
            return false;
        }

        Last = candidate;
        return true;
    }
}
