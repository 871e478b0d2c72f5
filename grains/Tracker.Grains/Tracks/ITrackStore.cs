using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Tracks;

/// <summary>
/// Append-only tracks of locks and vehicles, kept beside grain state so that a long track
/// never makes a grain's state (and every write of it) grow with each fix.
/// </summary>
public interface ITrackStore
{
    ValueTask Append(string trackId, IReadOnlyList<TrackPoint> points, CancellationToken cancellationToken = default);

    /// <summary>Points within [from, to], oldest first, each sequence number once.</summary>
    ValueTask<ImmutableArray<TrackPoint>> Read(string trackId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default);
}
