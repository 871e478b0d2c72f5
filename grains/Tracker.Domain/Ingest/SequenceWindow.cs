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

    private readonly SortedSet<long> _above = [];
    private readonly int _capacity;

    public SequenceWindow(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Every seq at or below this was accepted or given up on; <see cref="NothingSeen"/> at first.</summary>
    public long Watermark { get; private set; } = NothingSeen;

    /// <summary>Accepted seqs above the watermark, ascending. A live view: copy it before keeping it.</summary>
    public IReadOnlyCollection<long> Above => _above;

    public int Capacity => _capacity;

    /// <summary>Rebuilds a window from a persisted <see cref="Watermark"/> and <see cref="Above"/>.</summary>
    /// <remarks>
    /// Seqs at or below the watermark are dropped and a set larger than the capacity is trimmed the same way
    /// <see cref="TryAccept"/> would, so state saved under a larger capacity still loads.
    /// </remarks>
    public static SequenceWindow Restore(long watermark, IEnumerable<long> above, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(above);
        var window = new SequenceWindow(capacity) { Watermark = watermark };
        foreach (var seq in above)
        {
            if (seq > watermark)
            {
                window._above.Add(seq);
            }
        }

        window.Compact();
        return window;
    }

    /// <summary>True the first time a seq is offered; false for a repeat or a seq that was given up on.</summary>
    public bool TryAccept(long seq)
    {
        if (seq <= Watermark || !_above.Add(seq))
        {
            return false;
        }

        Compact();
        return true;
    }

    private void Compact()
    {
        AbsorbContiguous();
        while (_above.Count > _capacity)
        {
            // Give up on the gap below the smallest retained seq; see the remarks on the class.
            Watermark = _above.Min;
            _above.Remove(Watermark);
            AbsorbContiguous();
        }
    }

    private void AbsorbContiguous()
    {
        while (Watermark < long.MaxValue && _above.Remove(Watermark + 1))
        {
            Watermark++;
        }
    }
}
