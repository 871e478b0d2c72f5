using System.Collections.Concurrent;
using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;

namespace Tracker.Silo.Tracks;

/// <summary>Tracks in memory, for the Memory provider used by tests and benchmarks.</summary>
public sealed class MemoryTrackStore : ITrackStore
{
    private readonly ConcurrentDictionary<string, List<TrackPoint>> _tracks = new(StringComparer.Ordinal);

    public ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default)
    {
        var track = _tracks.GetOrAdd(trackId, _ => []);
        lock (track)
        {
            track.AddRange(points);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        if (!_tracks.TryGetValue(trackId, out var track))
        {
            return ValueTask.FromResult(ImmutableArray<TrackPoint>.Empty);
        }

        lock (track)
        {
            return ValueTask.FromResult(TrackWindow.Select(track, from, to));
        }
    }
}
