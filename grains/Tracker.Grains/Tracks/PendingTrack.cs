using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Tracks;

/// <summary>
/// A device's tracks: points already in the track store plus those taken since the last
/// checkpoint, which are durable in the ingest journal and stored with the next checkpoint.
/// A lock keeps one track per consignment it was bound to, so a reused lock never shows one
/// consignment's route in another's.
/// </summary>
public sealed class PendingTrack(ITrackStore store)
{
    private readonly Dictionary<string, List<TrackPoint>> _pending = new(StringComparer.Ordinal);

    public void Add(string trackId, IEnumerable<TrackPoint> points)
    {
        if (!_pending.TryGetValue(trackId, out var list))
        {
            _pending[trackId] = list = [];
        }

        list.AddRange(points);
    }

    public async Task Store()
    {
        foreach (var (trackId, points) in _pending)
        {
            await store.Append(trackId, points);
        }

        _pending.Clear();
    }

    public async Task<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var stored = await store.Read(trackId, from, to);
        return _pending.TryGetValue(trackId, out var pending) ? TrackWindow.Select(stored.Concat(pending), from, to) : stored;
    }
}
