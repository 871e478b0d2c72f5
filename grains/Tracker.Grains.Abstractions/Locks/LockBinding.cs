using Tracker.Domain.Transit;

namespace Tracker.Grains.Locks;

/// <summary>A lock applied to a container for the length of one consignment.</summary>
[GenerateSerializer, Immutable, Alias("tracker.lock-binding")]
public sealed record LockBinding(
    [property: Id(0)] string ConsignmentId,
    [property: Id(1)] string Container,
    [property: Id(2)] ConsignmentMode? Mode = null);
