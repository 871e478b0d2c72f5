namespace Tracker.Grains.Indexes;

/// <summary>
/// Grain state whose writes, asked for while one is under way, share the next one: a shard
/// taking many changes at once writes at most twice, not once per change. For a reentrant
/// grain, whose changes between writes are made in its own turns. A caller's write covers
/// every change made before it asked, and it fails if the write that carried them failed.
/// </summary>
public sealed class GroupCommit<T>(IPersistentState<T> inner) : IPersistentState<T>
{
    private Task? _running;
    private Task? _queued;

    public T State { get => inner.State; set => inner.State = value; }

    public string? Etag => inner.Etag;

    public bool RecordExists => inner.RecordExists;

    public Task ReadStateAsync() => inner.ReadStateAsync();

    public Task ClearStateAsync() => inner.ClearStateAsync();

    public Task WriteStateAsync()
    {
        if (_queued is { } queued)
        {
            return queued;
        }

        if (_running is null || _running.IsCompleted)
        {
            return _running = inner.WriteStateAsync();
        }

        return _queued = WriteAfter(_running);
    }

    private async Task WriteAfter(Task running)
    {
        // Its failure is its own callers' to see; this write carries later changes and is tried anyway.
        await running.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Current);
        _queued = null;
        _running = inner.WriteStateAsync();
        await _running;
    }
}
