using System.Collections.Immutable;
using Orleans.Concurrency;
using Tracker.Grains.Common;

namespace Tracker.Grains.Locks;

/// <summary>A smart lock (e-seal), keyed by lock id.</summary>
[Alias("tracker.ISmartLockGrain")]
public interface ISmartLockGrain : IGrainWithStringKey
{
    /// <summary>All of one batch's fixes for this lock, in one call, passed on to its transit before it returns.</summary>
    [Alias("report")]
    Task<IngestOutcome> Report(ImmutableArray<LockFix> fixes);

    /// <summary>
    /// The ingest hot path: as <see cref="Report"/>, but the new fixes come back to the caller
    /// instead of going to the transit, so that a transit gets all its locks' fixes of a batch
    /// in one call (a transit has several locks, usually reporting through the same gateway).
    /// </summary>
    [Alias("take")]
    Task<LockTake> Take(ImmutableArray<LockFix> fixes);

    /// <summary>Binds the lock to a consignment's container; null when done, else why not.</summary>
    [Alias("bind")]
    Task<string?> Bind(LockBinding binding);

    /// <summary>
    /// Frees the lock once its consignment has closed. Interleaves: the consignment closes
    /// while handling this very lock's report, which still waits for it.
    /// </summary>
    [AlwaysInterleave]
    [Alias("release")]
    Task Release(string consignmentId);

    [Alias("get")]
    Task<LockView> Get();

    /// <summary>The points reported while bound to the consignment (null: while unbound).</summary>
    [Alias("track")]
    Task<ImmutableArray<TrackPoint>> GetTrack(string? consignmentId, DateTimeOffset? from, DateTimeOffset? to);
}
