using Tracker.Domain.Ingest;
using Tracker.Grains.Common;

namespace Tracker.Grains.Tracks;

/// <summary>
/// The persisted part of a reporting device (lock or vehicle): which sequence numbers it has
/// seen, its freshest position and how many reports it made.
/// </summary>
public sealed class FixLog
{
    /// <summary>How many reports late a report may come and still be taken (hours at usual rates).</summary>
    public const int Capacity = 1024;

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

        // Sequence numbers start at zero (the API refuses negatives), so a report late by any amount
        // is still taken. A device numbering from elsewhere fills the window until its first give-up;
        // the capacity bounds what that costs in state.
        var window = SequenceWindow.Restore(Watermark ?? -1, Above, Capacity);
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
