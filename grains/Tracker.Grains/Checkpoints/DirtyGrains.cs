using System.Collections.Concurrent;

namespace Tracker.Grains.Checkpoints;

/// <summary>
/// The grains of this silo holding changes not yet in grain storage. A checkpoint flushes
/// every grain listed when it starts; only then may the journal behind those changes go.
/// </summary>
public sealed class DirtyGrains
{
    private readonly ConcurrentDictionary<GrainId, ICheckpointable> _grains = new();

    public void Mark(GrainId id, ICheckpointable grain) => _grains.TryAdd(id, grain);

    public void Clear(GrainId id) => _grains.TryRemove(id, out _);

    public IReadOnlyList<ICheckpointable> Snapshot() => [.. _grains.Values];
}
