using Tracker.Domain.Transit;
using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

/// <summary>A page of the consignment list; Tenant and Office scope it to what the caller may see.</summary>
[GenerateSerializer, Immutable, Alias("tracker.consignment-query")]
public sealed record ConsignmentQuery(
    [property: Id(0)] ConsignmentMode? Mode = null,
    [property: Id(1)] TransitStatus? Status = null,
    [property: Id(2)] string? Office = null,
    [property: Id(3)] string? Tenant = null,
    [property: Id(6)] KeysetCursor? After = null,
    [property: Id(5)] int Take = 50)
{
    public bool Matches(ConsignmentSummary c) =>
        (Mode is null || c.Mode == Mode)
        && (Status is null || c.Status == Status)
        && (Office is null || c.Offices.Contains(Office))
        && (Tenant is null || c.Tenant == Tenant);
}

[GenerateSerializer, Immutable, Alias("tracker.consignment-page")]
public sealed record ConsignmentPage(
    [property: Id(0)] System.Collections.Immutable.ImmutableArray<ConsignmentSummary> Items,
    [property: Id(2)] KeysetCursor? Next);
