using System.Collections.Immutable;
using Tracker.Grains.Events;

namespace Tracker.Grains.Containers;

/// <summary>A container, keyed by its ISO 6346 number.</summary>
[Alias("tracker.IContainerGrain")]
public interface IContainerGrain : IGrainWithStringKey
{
    /// <summary>Events naming this container; each eventId is applied once.</summary>
    [Alias("events")]
    Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events);

    /// <summary>
    /// Events a workflow of the tracker decided (e.g. an approved arrival-report deletion), applied like
    /// <see cref="Apply"/> but stored before the call returns: no ingest journal holds them for replay.
    /// </summary>
    [Alias("record")]
    Task<ImmutableArray<EventOutcome>> Record(ImmutableArray<TrackerEvent> events);

    [Alias("link")]
    Task Link(ConsignmentLink link);

    /// <summary>
    /// Claims the box for a consignment being declared: a box is in one open transit at a time, as a lock is.
    /// Null when claimed, else the consignment that has it; <paramref name="replacing"/> takes it from one that,
    /// asked, does not hold it (a declaration that failed half-way, a transit closed before boxes were claimed).
    /// </summary>
    [Alias("claim")]
    Task<string?> Claim(string consignmentId, string? replacing = null);

    /// <summary>Gives back a claim of a declaration that failed.</summary>
    [Alias("free")]
    Task Free(string consignmentId);

    /// <summary>The consignment closed: its window on the box ends, and the box is free for the next transit.</summary>
    [Alias("close")]
    Task Close(string consignmentId, DateTimeOffset closedAt);

    /// <summary>The whole container, for control: with its position resolved from its lock or carrier, whichever is fresher.</summary>
    [Alias("get")]
    Task<ContainerView> Get();

    /// <summary>
    /// The container as a tenant or office sees it: only within its own consignments' windows (see ContainerWindows);
    /// not Known when it has none with the box.
    /// </summary>
    [Alias("view")]
    Task<ContainerView> View(ContainerAudience audience);
}
