using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Locks;

namespace Tracker.Grains.Consignments;

[GenerateSerializer, Immutable, Alias("tracker.consignment-view")]
public sealed record ConsignmentView(
    [property: Id(0)] ConsignmentDeclaration Declaration,
    [property: Id(1)] TransitStatus Status,
    [property: Id(2)] bool OnHold,
    [property: Id(3)] DateTimeOffset DeclaredAt,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] ImmutableArray<StatusChange> History,
    [property: Id(6)] ImmutableArray<LockView> Locks,
    [property: Id(7)] ImmutableArray<string> AlertIds);
