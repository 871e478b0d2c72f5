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

    /// <summary>Live between reports, so that a report does not rebuild it; restored from the persisted form once.</summary>
    private SequenceWindow? _window;
    private long? _watermark;
    private List<long[]>? _runs;
    private List<long>? _legacyAbove;

    public long? Watermark
    {
        get => _watermark;
        set => (_watermark, _window) = (value, null);
    }

    /// <summary>Accepted seqs above the watermark as [first, last] runs of consecutive seqs: one run for a device numbering from 1.</summary>
    public List<long[]> AboveRuns
    {
        get => _window is null ? _runs ?? [] : [.. _window.Runs.Select(r => new[] { r.First, r.Last })];
        set => (_runs, _window) = (value, null);
    }

    /// <summary>The seqs above the watermark one by one, as written before runs: read, and never written again.</summary>
    public List<long>? Above
    {
        get => null;
        set => (_legacyAbove, _window) = (value, null);
    }

    public Position? Last { get; set; }

    public long Reports { get; set; }

    /// <summary>The reports not seen before, in the order given; the log remembers them as seen.</summary>
    public List<T> AcceptNew<T>(IEnumerable<T> reports, Func<T, long> seqOf)
    {
        // Sequence numbers start at zero (the API refuses negatives), so a report late by any amount
        // is still taken. A device numbering from elsewhere keeps one run above the gap until its first
        // give-up; the capacity bounds how long.
        var window = _window ??= SequenceWindow.RestoreRuns(_watermark ?? -1, PersistedRuns(), Capacity);
        var fresh = new List<T>();
        foreach (var report in reports)
        {
            if (window.TryAccept(seqOf(report)))
            {
                fresh.Add(report);
            }
        }

        if (fresh.Count > 0)
        {
            _watermark = window.Watermark;
            Reports += fresh.Count;
        }

        return fresh;
    }

    private IEnumerable<(long, long)> PersistedRuns() =>
        _runs is not null ? _runs.Where(r => r.Length == 2).Select(r => (r[0], r[1]))
        : _legacyAbove is not null ? _legacyAbove.Select(seq => (seq, seq))
        : [];

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
