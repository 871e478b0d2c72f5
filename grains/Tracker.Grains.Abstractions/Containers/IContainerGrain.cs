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

    /// <summary>The container with its position resolved from its lock or carrier, whichever is fresher.</summary>
    [Alias("get")]
    Task<ContainerView> Get();
}
