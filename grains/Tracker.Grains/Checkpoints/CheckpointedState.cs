namespace Tracker.Grains.Checkpoints;

/// <summary>
/// Grain state written at checkpoints: <see cref="Changed"/> marks it dirty and lists the grain
/// with the silo's <see cref="DirtyGrains"/>; <see cref="Flush"/> writes it once, if dirty.
/// </summary>
/// <param name="beforeWrite">Runs before every write, so that what the state claims (seen sequence numbers)
/// is never stored ahead of what it stands for (track points).</param>
public sealed class CheckpointedState<TState>(IPersistentState<TState> state, DirtyGrains dirty, IGrainContext grain, Func<Task>? beforeWrite = null)
{
    private const int DeactivationAttempts = 3;

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

        // Cleared before the write: a change made while it is under way (an interleaving call)
        // marks the state dirty again and is written next time.
        _dirty = false;
        try
        {
            if (beforeWrite is not null)
            {
                await beforeWrite();
            }

            await state.WriteStateAsync();
        }
        catch
        {
            _dirty = true;
            throw;
        }

        if (!_dirty)
        {
            dirty.Clear(grain.GrainId);
        }
    }

    /// <summary>
    /// The last write before the grain leaves memory. If it keeps failing the changes survive
    /// only in the journal, and the silo is told so that the journal is replayed, not retired.
    /// </summary>
    public async Task FlushOnDeactivation()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Flush();
                return;
            }
            catch (Exception) when (attempt < DeactivationAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (Exception)
            {
                dirty.Lost(grain.GrainId);
                return;
            }
        }
    }

    /// <summary>For changes that are not journaled (declarations, bindings): written before the call returns.</summary>
    public Task WriteNow()
    {
        _dirty = true;
        return Flush();
    }
}
