using System.Collections.Immutable;
using Orleans.Concurrency;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;

namespace Tracker.Grains.Consignments;

/// <summary>A customs transit consignment, keyed by its id.</summary>
[Alias("tracker.ITransferConsignmentGrain")]
public interface ITransferConsignmentGrain : IGrainWithStringKey
{
    [Alias("declare")]
    Task<DeclareResult> Declare(ConsignmentDeclaration declaration);

    /// <summary>TRANSIT and SEAL events: they move the lifecycle, or are refused with a reason.</summary>
    [Alias("events")]
    Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events);

    /// <summary>The new fixes of one of its locks, passed on by the lock after dedupe.</summary>
    [Alias("lock-fixes")]
    Task OnLockFixes(string lockId, ImmutableArray<LockFix> fixes);

    /// <summary>The new fixes of several of its locks from one ingest batch, checked in one turn.</summary>
    [Alias("locks-fixes")]
    Task OnLocksFixes(ImmutableArray<LockNewFixes> locks);

    /// <summary>The new fixes of its truck or train (track mismatch).</summary>
    [Alias("vehicle-fixes")]
    Task OnVehicleFixes(string vehicleId, ImmutableArray<VehicleFix> fixes);

    /// <summary>What its feeder vessel reports: a new ETA, a port call, a discharge.</summary>
    [Alias("feeder")]
    Task OnFeeder(FeederNews news);

    /// <summary>
    /// A lock as it reported while bound to this consignment; null if not one of its locks. Interleaves: a read of
    /// the state, asked by the container grain, which this grain in turn calls when declaring and closing.
    /// </summary>
    [AlwaysInterleave]
    [Alias("lock")]
    Task<LockView?> GetLock(string lockId);

    /// <summary>
    /// Whether the consignment holds the lock: declared with it and not closed, or binding it right now. A lock
    /// bound to a consignment that does not hold it is a leftover, free for the next declaration. Interleaves, so
    /// that two declarations reaching for each other's locks never wait on each other.
    /// </summary>
    [AlwaysInterleave]
    [Alias("holds-lock")]
    Task<bool> HoldsLock(string lockId);

    /// <summary>Whether the consignment holds the container, as <see cref="HoldsLock"/> does a lock.</summary>
    [AlwaysInterleave]
    [Alias("holds-container")]
    Task<bool> HoldsContainer(string container);

    /// <summary>Null when nothing was declared under this id.</summary>
    [Alias("get")]
    Task<ConsignmentView?> Get();

    /// <summary>
    /// Interleaves: it reads only the declaration, then waits on the locks and the vehicle, whose
    /// reports wait on this grain (OnLockFixes); holding the turn meanwhile would deadlock both.
    /// </summary>
    [AlwaysInterleave]
    [Alias("track")]
    Task<ConsignmentTrack?> GetTrack(DateTimeOffset? from, DateTimeOffset? to);
}
