using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Events;

namespace Tracker.Grains.Containers;

[GenerateSerializer, Immutable, Alias("tracker.container-view")]
public sealed record ContainerView(
    [property: Id(0)] string Number,
    [property: Id(1)] bool Known,
    [property: Id(2)] CustomsStatus Customs,
    [property: Id(3)] TerminalStatus Terminal,
    [property: Id(4)] SealStatus Seal,
    [property: Id(5)] Position? Position,
    [property: Id(6)] Carrier? Carrier,
    [property: Id(7)] DateTimeOffset? Eta,
    [property: Id(8)] ImmutableArray<ConsignmentLink> Consignments,
    [property: Id(9)] ImmutableArray<Milestone> Timeline)
{
    public bool VisibleToTenant(string tenant) => Consignments.Any(c => c.Tenant == tenant);

    public bool VisibleToOffice(string office) => Consignments.Any(c => c.Offices.Contains(office));
}
