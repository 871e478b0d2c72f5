using System.Collections.Immutable;

namespace Tracker.Grains.Containers;

/// <summary>
/// A consignment that carries the container. It grants the consignment's tenant and offices
/// the right to see the container, within the consignment's window: from its declaration until it closed.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.consignment-link")]
public sealed record ConsignmentLink(
    [property: Id(0)] string ConsignmentId,
    [property: Id(1)] string Tenant,
    [property: Id(2)] ImmutableArray<string> Offices,
    [property: Id(3)] string? LockId,
    [property: Id(4)] DateTimeOffset DeclaredAt,
    [property: Id(5)] DateTimeOffset? ClosedAt = null)
{
    public bool Open => ClosedAt is null;
}
