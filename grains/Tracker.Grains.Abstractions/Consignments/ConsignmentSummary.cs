using System.Collections.Immutable;
using Tracker.Domain.Transit;

namespace Tracker.Grains.Consignments;

/// <summary>What a consignment list shows, and what it is filtered and scoped by.</summary>
[GenerateSerializer, Immutable, Alias("tracker.consignment-summary")]
public sealed record ConsignmentSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Tenant,
    [property: Id(2)] ConsignmentMode Mode,
    [property: Id(3)] TransitStatus Status,
    [property: Id(4)] bool OnHold,
    [property: Id(5)] ImmutableArray<string> Offices,
    [property: Id(6)] DateTimeOffset DeclaredAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] int Containers,
    [property: Id(9)] string Origin,
    [property: Id(10)] string Destination,
    [property: Id(11)] ImmutableArray<string>? ContainerNumbers = null)
{
    /// <summary>
    /// Summaries written before the list carried the container numbers have none (null, not an empty array: stored
    /// state is JSON, which cannot write a default array); the directory fills them in when it meets them.
    /// </summary>
    public bool LacksContainerNumbers => ContainerNumbers is null;
}
