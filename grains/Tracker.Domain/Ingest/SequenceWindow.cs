namespace Tracker.Domain.Ingest;

/// <summary>
/// Remembers which report sequence numbers a device has already delivered, so that retried or duplicated
/// reports are recognised even when they arrive out of order.
/// </summary>
/// <remarks>
/// State is a contiguous <see cref="Watermark"/> (every seq at or below it was seen or given up on) plus the
/// sparse set of accepted seqs above it; the set shrinks back into the watermark as gaps fill.
/// <para>
/// The set is bounded by the capacity: when a gap stays open for more than that many later reports, the
/// watermark jumps to the smallest retained seq and the missing seqs below it are given up, so if one of them
/// does turn up it is treated as a duplicate. Without the bound a report that is never delivered would keep
/// every later seq in memory, and in persisted state, for the life of the device.
/// </para>
/// <para>
/// A fresh window cannot compact anything, because it cannot know whether the stream starts at 0, 1 or
/// wherever the device was when tracking began; it holds seqs until the first give-up, which loses nothing
/// below the first seq received. When the first seq is known, start from <c>Restore(first - 1, [])</c> instead.
/// </para>
/// </remarks>
public sealed class SequenceWindow
{
    public const int DefaultCapacity = 4096;

    /// <summary>The <see cref="Watermark"/> of a window that has neither seen nor given up on anything.</summary>
    public const long NothingSeen = long.MinValue;

    /// <summary>Runs of consecutive accepted seqs above the watermark, ascending, never touching each other.</summary>
    private readonly List<Run> _runs = [];
    private readonly int _capacity;
    private long _count;

    public SequenceWindow(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Every seq at or below this was accepted or given up on; <see cref="NothingSeen"/> at first.</summary>
    public long Watermark { get; private set; } = NothingSeen;

    /// <summary>Accepted seqs above the watermark, ascending.</summary>
    public IReadOnlyCollection<long> Above => new Seqs(this);

    /// <summary>The same as <see cref="Above"/>, as (first, last) runs of consecutive seqs: what to persist.</summary>
    public IEnumerable<(long First, long Last)> Runs => _runs.Select(r => (r.First, r.Last));

    public int Capacity => _capacity;

    /// <summary>Rebuilds a window from a persisted <see cref="Watermark"/> and <see cref="Above"/>.</summary>
    /// <remarks>
    /// Seqs at or below the watermark are dropped and a set larger than the capacity is trimmed the same way
    /// <see cref="TryAccept"/> would, so state saved under a larger capacity still loads.
    /// </remarks>
    public static SequenceWindow Restore(long watermark, IEnumerable<long> above, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(above);
        return RestoreRuns(watermark, above.Select(seq => (seq, seq)), capacity);
    }

    /// <summary>Rebuilds a window from a persisted <see cref="Watermark"/> and <see cref="Runs"/>.</summary>
    public static SequenceWindow RestoreRuns(long watermark, IEnumerable<(long First, long Last)> runs, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var window = new SequenceWindow(capacity) { Watermark = watermark };
        foreach (var (first, last) in runs)
        {
            if (watermark == long.MaxValue)
            {
                break;
            }

            // Persisted runs are disjoint; overlapping ones (hand-edited state) are merged, never counted twice.
            for (var seq = Math.Max(first, watermark + 1); seq <= last;)
            {
                var i = window.IndexOfRunAfter(seq);
                var held = i < window._runs.Count && window._runs[i].First <= seq;
                var upTo = held ? window._runs[i].Last : window.AddRun(seq, last);
                if (upTo >= last)
                {
                    break;
                }

                seq = upTo + 1;
            }
        }

        window.Compact();
        return window;
    }

    /// <summary>True the first time a seq is offered; false for a repeat or a seq that was given up on.</summary>
    public bool TryAccept(long seq)
    {
        if (seq <= Watermark || Contains(seq))
        {
            return false;
        }

        AddRun(seq, seq);
        Compact();
        return true;
    }

    private int IndexOfRunAfter(long seq)
    {
        // The first run whose last seq is at or above seq.
        int low = 0, high = _runs.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_runs[mid].Last < seq)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private bool Contains(long seq)
    {
        var i = IndexOfRunAfter(seq);
        return i < _runs.Count && _runs[i].First <= seq;
    }

    /// <summary>Adds the seqs from first to the next held one (or last), merging with the runs they touch; returns the last added.</summary>
    private long AddRun(long first, long last)
    {
        var i = IndexOfRunAfter(first);
        if (i < _runs.Count && _runs[i].First <= first)
        {
            return _runs[i].Last;
        }

        if (i < _runs.Count && _runs[i].First - 1 < last)
        {
            last = _runs[i].First - 1;
        }

        var run = new Run(first, last);
        _count += last - first + 1;
        if (i > 0 && _runs[i - 1].Last == first - 1)
        {
            run = new Run(_runs[i - 1].First, last);
            _runs.RemoveAt(--i);
        }

        if (i < _runs.Count && _runs[i].First == last + 1)
        {
            run = new Run(run.First, _runs[i].Last);
            _runs.RemoveAt(i);
        }

        _runs.Insert(i, run);
        return last;
    }

    private void Compact()
    {
        AbsorbContiguous();
        while (_count > _capacity)
        {
            // Give up on the gap below the smallest retained seq (see the remarks on the class): its whole run joins the watermark.
            Absorb();
        }
    }

    private void AbsorbContiguous()
    {
        while (_runs.Count > 0 && Watermark < long.MaxValue && _runs[0].First == Watermark + 1)
        {
            Absorb();
        }
    }

    private void Absorb()
    {
        var first = _runs[0];
        _runs.RemoveAt(0);
        _count -= first.Last - first.First + 1;
        Watermark = first.Last;
    }

    private readonly record struct Run(long First, long Last);

    private sealed class Seqs(SequenceWindow window) : IReadOnlyCollection<long>
    {
        public int Count => (int)Math.Min(window._count, int.MaxValue);

        public IEnumerator<long> GetEnumerator()
        {
            foreach (var run in window._runs)
            {
                for (var seq = run.First; seq <= run.Last; seq++)
                {
                    yield return seq;
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
