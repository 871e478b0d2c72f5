using System.Collections.Concurrent;

namespace Tracker.Grains.Checkpoints;

/// <summary>
/// The grains of this silo holding changes not yet in grain storage, each with the checkpoint
/// clock reading after which its changes were made. A checkpoint flushes every grain listed
/// when it starts; the journal behind a grain's changes may go only once they are written.
/// </summary>
public sealed class DirtyGrains
{
    /// <summary>Every grain's first change after a checkpoint marks it here, from every thread: more lock stripes than the default one per core.</summary>
    private readonly ConcurrentDictionary<GrainId, Entry> _grains = new(Environment.ProcessorCount * 8, 4096);
    private readonly ConcurrentDictionary<GrainId, long> _lost = new();
    private long _epoch;

    /// <summary>Lists the grain; its changes are later than the start of the last flush.</summary>
    public void Mark(GrainId id, ICheckpointable grain) => _grains.TryAdd(id, new Entry(grain, Volatile.Read(ref _epoch)));

    public void Clear(GrainId id) => _grains.TryRemove(id, out _);

    /// <summary>
    /// The grain deactivated with changes it could not write: they are only in the journal now,
    /// so that journal must be replayed before it is retired.
    /// </summary>
    public void Lost(GrainId id)
    {
        if (_grains.TryRemove(id, out var entry))
        {
            _lost.TryAdd(id, entry.Since);
        }
    }

    /// <summary>
    /// The grains to flush in a checkpoint whose flush starts at <paramref name="flushStartedAt"/>
    /// (a checkpoint clock reading). Grains changed after this call carry that reading.
    /// </summary>
    public IReadOnlyList<KeyValuePair<GrainId, ICheckpointable>> Snapshot(long flushStartedAt)
    {
        Volatile.Write(ref _epoch, flushStartedAt);
        return [.. _grains.Select(g => KeyValuePair.Create(g.Key, g.Value.Grain))];
    }

    /// <summary>
    /// What this silo's state covers after a flush started at <paramref name="flushStartedAt"/>:
    /// that reading, or earlier while a grain changed before it is still unwritten (its write
    /// failed) or was lost on deactivation.
    /// </summary>
    public long CoveredUpTo(long flushStartedAt)
    {
        var covered = flushStartedAt;
        foreach (var entry in _grains.Values)
        {
            covered = Math.Min(covered, entry.Since);
        }

        foreach (var since in _lost.Values)
        {
            covered = Math.Min(covered, since);
        }

        return covered;
    }

    /// <summary>The grains lost on deactivation, until <see cref="Forget"/>.</summary>
    public IReadOnlyCollection<GrainId> LostGrains => [.. _lost.Keys];

    /// <summary>Every journal has been replayed since these were lost: their changes are back in live grains.</summary>
    public void Forget(IEnumerable<GrainId> lost)
    {
        ArgumentNullException.ThrowIfNull(lost);
        foreach (var id in lost)
        {
            _lost.TryRemove(id, out _);
        }
    }

    private sealed record Entry(ICheckpointable Grain, long Since);
}
