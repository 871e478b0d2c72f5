namespace Tracker.Grains.Checkpoints;

/// <summary>
/// Grain state written at checkpoints: <see cref="Changed"/> marks it dirty and lists the grain
/// with the silo's <see cref="DirtyGrains"/>; <see cref="Flush"/> writes it once, if dirty.
/// </summary>
/// <param name="beforeWrite">Runs before every write, so that what the state claims (seen sequence numbers)
/// is never stored ahead of what it stands for (track points).</param>
public sealed class CheckpointedState<TState>(IPersistentState<TState> state, DirtyGrains dirty, IGrainContext grain, Func<Task>? beforeWrite = null)
{
    private bool _dirty;

    public TState State => state.State;

    public bool IsDirty => _dirty;

    public void Changed()
    {
        if (!_dirty)
        {
            _dirty = true;
            dirty.Mark(grain.GrainId, grain.GrainReference.AsReference<ICheckpointable>());
        }
    }

    public async Task Flush()
    {
        if (!_dirty)
        {
            return;
        }

        if (beforeWrite is not null)
        {
            await beforeWrite();
        }

        await state.WriteStateAsync();
        _dirty = false;
        dirty.Clear(grain.GrainId);
    }

    /// <summary>For changes that are not journaled (declarations, bindings): written before the call returns.</summary>
    public Task WriteNow()
    {
        _dirty = true;
        return Flush();
    }
}
