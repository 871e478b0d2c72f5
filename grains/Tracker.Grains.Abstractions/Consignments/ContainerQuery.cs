using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

/// <summary>
/// A page of "my containers": the containers of the consignments the scope lets the caller see, newest
/// consignment first. Built on the consignment directory, whose summaries carry the container numbers.
/// </summary>
/// <param name="Consignments">Which consignments: the caller's scope (tenant or office) and the status filter.</param>
/// <param name="Number">An upper-case part of the container number, or null for all.</param>
/// <param name="ClosedSince">Closed consignments count only if they closed (last changed) at or after this.</param>
/// <param name="After">The last row of the page before (see <see cref="ContainerRows.Key"/>).</param>
/// <param name="Budget">How many consignments one shard may look at for this page: a filter that matches
/// nothing stops there, and the page says where to go on instead of scanning the whole list.</param>
[GenerateSerializer, Immutable, Alias("tracker.container-query")]
public sealed record ContainerQuery(
    [property: Id(0)] ConsignmentQuery Consignments,
    [property: Id(1)] string? Number,
    [property: Id(2)] DateTimeOffset ClosedSince,
    [property: Id(3)] KeysetCursor? After = null,
    [property: Id(4)] int Take = 50,
    [property: Id(5)] int Budget = 1024)
{
    public bool Matches(ConsignmentSummary c) =>
        Consignments.Matches(c) && (c.Status != TransitStatus.Closed || c.UpdatedAt >= ClosedSince);

    public bool Matches(string number) => Number is null || number.Contains(Number, StringComparison.Ordinal);
}

/// <summary>One container of one consignment: a row of the list.</summary>
[GenerateSerializer, Immutable, Alias("tracker.container-row")]
public sealed record ContainerRow(
    [property: Id(0)] string Number,
    [property: Id(1)] string ConsignmentId,
    [property: Id(2)] ConsignmentMode Mode,
    [property: Id(3)] TransitStatus Status,
    [property: Id(4)] DateTimeOffset DeclaredAt);

/// <summary>A shard's rows after the cursor, and where it stopped looking when its budget ran out.</summary>
/// <param name="Frontier">Null when the shard looked at everything it had after the cursor (or filled the page);
/// else the key after which it has not looked: no row of it beyond this may be trusted to be complete.</param>
[GenerateSerializer, Immutable, Alias("tracker.container-rows")]
public sealed record ContainerRows(
    [property: Id(0)] ImmutableArray<ContainerRow> Rows,
    [property: Id(1)] KeysetCursor? Frontier)
{
    /// <summary>
    /// A row's place: its consignment's declaration time, then "consignment-id number". Ids never hold a space
    /// and every id character sorts after it, so rows keep their consignments' order and stay together.
    /// </summary>
    public static KeysetCursor Key(ContainerRow r) => new(r.DeclaredAt, $"{r.ConsignmentId} {r.Number}");

    /// <summary>Past every row of a consignment and before the next one's.</summary>
    public static KeysetCursor End(ConsignmentSummary c) => new(c.DeclaredAt, $"{c.Id} \uffff");

    /// <summary>The consignment a row key lies in; null for a key that is not a row key.</summary>
    public static KeysetCursor? ConsignmentOf(KeysetCursor rowKey)
    {
        var space = rowKey.Id.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 || space == rowKey.Id.Length - 1 || rowKey.Id.IndexOf(' ', space + 1) >= 0
            ? null
            : new KeysetCursor(rowKey.At, rowKey.Id[..space]);
    }
}

[GenerateSerializer, Immutable, Alias("tracker.container-page")]
public sealed record ContainerPage(
    [property: Id(0)] ImmutableArray<ContainerRow> Items,
    [property: Id(1)] KeysetCursor? Next);
