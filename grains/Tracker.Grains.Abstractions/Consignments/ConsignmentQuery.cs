using Tracker.Domain.Transit;

namespace Tracker.Grains.Consignments;

/// <summary>A page of the consignment list; Tenant and Office scope it to what the caller may see.</summary>
[GenerateSerializer, Immutable, Alias("tracker.consignment-query")]
public sealed record ConsignmentQuery(
    [property: Id(0)] ConsignmentMode? Mode = null,
    [property: Id(1)] TransitStatus? Status = null,
    [property: Id(2)] string? Office = null,
    [property: Id(3)] string? Tenant = null,
    [property: Id(4)] int Skip = 0,
    [property: Id(5)] int Take = 50);

[GenerateSerializer, Immutable, Alias("tracker.consignment-page")]
public sealed record ConsignmentPage(
    [property: Id(0)] System.Collections.Immutable.ImmutableArray<ConsignmentSummary> Items,
    [property: Id(1)] int? Next);
