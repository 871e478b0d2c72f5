using Tracker.Domain.Transit;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;

namespace Tracker.UnitTests.Consignments;

/// <summary>
/// The container list merges the shards' rows; a shard that ran out of budget holds the page back to where it stopped,
/// so that nothing before that point is skipped, and the page's cursor says where to go on.
/// </summary>
public sealed class ContainerPageMergeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static ContainerRow Row(string consignment, string number, int minutes) =>
        new(number, consignment, ConsignmentMode.Rail, TransitStatus.InTransit, T0.AddMinutes(minutes));

    private static ConsignmentSummary Summary(string id, int minutes) =>
        new(id, "t", ConsignmentMode.Rail, TransitStatus.InTransit, false, [], T0.AddMinutes(minutes), T0.AddMinutes(minutes), 1, "CNTAO", "CNXIA", ["AAAU0000001"]);

    [Fact]
    public void Rows_of_all_shards_come_newest_consignment_first_and_a_full_page_points_at_its_last_row()
    {
        var a = new ContainerRows([Row("c9", "AAAU0000001", 9), Row("c9", "BBBU0000002", 9), Row("c5", "CCCU0000003", 5)], null);
        var b = new ContainerRows([Row("c7", "DDDU0000004", 7)], null);

        var page = ConsignmentDirectory.MergeContainers([a, b], take: 3);

        Assert.Equal(["AAAU0000001", "BBBU0000002", "DDDU0000004"], page.Items.Select(r => r.Number));
        Assert.Equal(ContainerRows.Key(page.Items[^1]), page.Next);
    }

    [Fact]
    public void Rows_past_a_shards_frontier_wait_for_the_next_page_and_the_page_goes_on_from_the_frontier()
    {
        // Shard b looked at consignments down to c6 and stopped: it may hold rows between c6 and c3.
        var a = new ContainerRows([Row("c9", "AAAU0000001", 9), Row("c3", "CCCU0000003", 3)], null);
        var b = new ContainerRows([], ContainerRows.End(Summary("c6", 6)));

        var page = ConsignmentDirectory.MergeContainers([a, b], take: 50);

        Assert.Equal(["AAAU0000001"], page.Items.Select(r => r.Number));
        Assert.Equal(ContainerRows.End(Summary("c6", 6)), page.Next);
    }

    [Fact]
    public void Without_frontiers_or_more_rows_there_is_no_next_page()
    {
        var page = ConsignmentDirectory.MergeContainers([new ContainerRows([Row("c1", "AAAU0000001", 1)], null), new ContainerRows([], null)], take: 50);

        Assert.Single(page.Items);
        Assert.Null(page.Next);
    }

    [Fact]
    public void Row_keys_keep_consignments_apart_even_when_one_id_begins_another()
    {
        // Same moment: "a" sorts before "a-b", and so must every row of "a" before every row of "a-b".
        var rows = new[] { Row("a-b", "AAAU0000001", 1), Row("a", "ZZZU0000009", 1), Row("a", "AAAU0000001", 1) };

        var ordered = rows.OrderBy(ContainerRows.Key, KeysetCursor.Order).Select(r => (r.ConsignmentId, r.Number));

        Assert.Equal([("a", "AAAU0000001"), ("a", "ZZZU0000009"), ("a-b", "AAAU0000001")], ordered);
        Assert.True(KeysetCursor.Order.Compare(ContainerRows.End(Summary("a", 1)), ContainerRows.Key(rows[0])) < 0);
    }

    [Fact]
    public void Only_row_keys_name_a_consignment()
    {
        Assert.Equal(new KeysetCursor(T0, "c1"), ContainerRows.ConsignmentOf(new KeysetCursor(T0, "c1 AAAU0000001")));
        Assert.Null(ContainerRows.ConsignmentOf(new KeysetCursor(T0, "c1")));
        Assert.Null(ContainerRows.ConsignmentOf(new KeysetCursor(T0, " AAAU0000001")));
        Assert.Null(ContainerRows.ConsignmentOf(new KeysetCursor(T0, "c1 A B")));
    }
}
