using System.Collections.Concurrent;

namespace Tracker.Api.Hubs;

/// <summary>Which views the clients of this host watch, so that only those are computed and sent.</summary>
public sealed class LiveSubscriptions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _watchers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Views => [.. _watchers.Where(w => w.Value > 0).Select(w => w.Key)];

    public bool Add(string connectionId, string view)
    {
        var views = _byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal));
        if (!views.TryAdd(view, 0))
        {
            return false;
        }

        _watchers.AddOrUpdate(view, 1, (_, n) => n + 1);
        return true;
    }

    public void Remove(string connectionId, string view)
    {
        if (_byConnection.TryGetValue(connectionId, out var views) && views.TryRemove(view, out _))
        {
            Release(view);
        }
    }

    public void RemoveConnection(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var views))
        {
            foreach (var view in views.Keys)
            {
                Release(view);
            }
        }
    }

    private void Release(string view)
    {
        if (_watchers.AddOrUpdate(view, 0, (_, n) => n - 1) <= 0)
        {
            _watchers.TryRemove(KeyValuePair.Create(view, 0));
        }
    }
}
