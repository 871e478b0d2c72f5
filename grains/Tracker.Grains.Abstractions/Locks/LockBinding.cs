using System.Collections.Immutable;
using Tracker.Domain.Transit;

namespace Tracker.Grains.Locks;

/// <summary>A lock applied to a container for the length of one consignment.</summary>
/// <param name="Offices">The consignment's customs offices, whose officers see the lock on the live flow views.</param>
[GenerateSerializer, Immutable, Alias("tracker.lock-binding")]
public sealed record LockBinding(
    [property: Id(0)] string ConsignmentId,
    [property: Id(1)] string Container,
    [property: Id(2)] ConsignmentMode? Mode = null,
    [property: Id(3)] ImmutableArray<string>? Offices = null)
{
    /// <summary>
    /// The same consignment, container and mode: the offices follow from the consignment (and arrays compare by
    /// reference), so a re-sent declaration binds again as before, and a binding stored before offices were kept is its own.
    /// </summary>
    public bool Equals(LockBinding? other) =>
        other is not null && ConsignmentId == other.ConsignmentId && Container == other.Container && Mode == other.Mode;

    public override int GetHashCode() => HashCode.Combine(ConsignmentId, Container, Mode);
}
