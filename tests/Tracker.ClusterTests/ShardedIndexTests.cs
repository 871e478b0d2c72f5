using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Alerts;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;

namespace Tracker.ClusterTests;

/// <summary>
/// The consignment list and the alert index are spread over shard grains: a list read page by page
/// is the whole list in order, once, while items keep arriving; and the record the unsharded index
/// left at shard 0 is spread over the shards when it first wakes.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ShardedIndexTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static ConsignmentSummary Summary(string tenant, int i, DateTimeOffset? at = null) => new(
        Ids.Unique("RT"), tenant, i % 3 == 0 ? ConsignmentMode.Rail : ConsignmentMode.Road, TransitStatus.InTransit, false, ["QDCUS"],
        at ?? T0.AddSeconds(i / 2), T0.AddSeconds(i / 2), 1, "CNQIN", "CNXIN");

    private async Task<List<string>> ReadAllPages(ConsignmentQuery query, Func<int, Task>? betweenPages = null)
    {
        var ids = new List<string>();
        for (var (page, n) = (await ConsignmentDirectory.List(fixture.Grains, query), 0); ; n++)
        {
            ids.AddRange(page.Items.Select(c => c.Id));
            if (page.Next is null)
            {
                return ids;
            }

            if (betweenPages is not null)
            {
                await betweenPages(n);
            }

            page = await ConsignmentDirectory.List(fixture.Grains, query with { After = KeysetCursor.TryDecode(page.Next.Encode()) });
        }
    }

    [Fact]
    public async Task Pages_of_the_consignment_list_give_every_consignment_once_newest_first_while_new_ones_arrive()
    {
        var tenant = Ids.Unique("T");
        // Two to a second: ties in time are ordered by id, and no tie is split between pages wrongly.
        var summaries = Enumerable.Range(0, 150).Select(i => Summary(tenant, i)).ToList();
        await Task.WhenAll(summaries.Select(s => fixture.Grains.ShardOf(s.Id).Upsert(s)));
        var expected = summaries.OrderByDescending(s => s.DeclaredAt).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToList();

        // Newer consignments declared while a reader pages do not move what it has still to read.
        var ids = await ReadAllPages(new ConsignmentQuery(Tenant: tenant, Take: 7), async n =>
        {
            var late = Summary(tenant, 1000 + n, T0.AddHours(1)) with { Mode = ConsignmentMode.Road };
            await fixture.Grains.ShardOf(late.Id).Upsert(late);
        });
        var rail = await ReadAllPages(new ConsignmentQuery(Mode: ConsignmentMode.Rail, Tenant: tenant, Take: 11));

        Assert.Equal(expected, ids);
        Assert.Equal(expected.Where(id => summaries.Single(s => s.Id == id).Mode == ConsignmentMode.Rail), rail);
        Assert.Equal(150 + 21, (await ConsignmentDirectory.All(fixture.Grains, new ConsignmentQuery(Tenant: tenant))).Count);
    }

    [Fact]
    public async Task A_status_change_replaces_the_listed_summary_and_an_older_one_never_overwrites_a_newer()
    {
        var tenant = Ids.Unique("T");
        var declared = Summary(tenant, 0) with { Status = TransitStatus.Declared };
        var shard = fixture.Grains.ShardOf(declared.Id);
        await shard.Upsert(declared);
        await shard.Upsert(declared with { Status = TransitStatus.Closed, UpdatedAt = T0.AddHours(2) });
        await shard.Upsert(declared with { Status = TransitStatus.InTransit, UpdatedAt = T0.AddHours(1) });

        var listed = Assert.Single((await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant))).Items);
        Assert.Equal(TransitStatus.Closed, listed.Status);
        Assert.Empty((await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Status: TransitStatus.InTransit, Tenant: tenant))).Items);
    }

    [Fact]
    public async Task The_unsharded_list_left_at_shard_0_moves_to_the_shards_when_it_wakes()
    {
        var tenant = Ids.Unique("T");
        var legacy = Enumerable.Range(0, 40).Select(i => Summary(tenant, i)).ToList();
        // The old single directory was key 0 and held every consignment: write such a record through it.
        var shardZero = fixture.Grains.GetGrain<IConsignmentDirectoryGrain>(0);
        foreach (var s in legacy)
        {
            await shardZero.Upsert(s);
        }

        Assert.Contains(legacy, s => Shards.Of(s.Id, ConsignmentDirectory.ShardCount) != 0);
        Assert.Equal(40, (await shardZero.List(new ConsignmentQuery(Tenant: tenant, Take: 100))).Length);
        await fixture.DeactivateAll();

        // Shard 0 answers only once it has woken, and it wakes by moving the others' entries.
        var leftAtZero = await shardZero.List(new ConsignmentQuery(Tenant: tenant, Take: 100));
        var listed = await ConsignmentDirectory.All(fixture.Grains, new ConsignmentQuery(Tenant: tenant));

        Assert.Equal(legacy.Select(s => s.Id).Order(StringComparer.Ordinal), listed.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(leftAtZero, s => Assert.Equal(0, Shards.Of(s.Id, ConsignmentDirectory.ShardCount)));
        await fixture.DeactivateAll();
        Assert.Equal(40, (await ConsignmentDirectory.All(fixture.Grains, new ConsignmentQuery(Tenant: tenant))).Count);
    }

    [Fact]
    public async Task Alert_pages_cover_the_office_once_newest_first_and_the_legacy_record_moves_to_the_shards()
    {
        var office = Ids.Unique("OF");
        var alerts = Enumerable.Range(0, 60).Select(i => new AlertSummary(
            Ids.Unique("AL"), i % 2 == 0 ? AnomalyType.RDEV : AnomalyType.LSTP, AlertStatus.Open, [office], T0.AddSeconds(i / 3), null, null, "RT-1")).ToList();
        var shardZero = fixture.Grains.GetGrain<IAlertIndexGrain>(0);
        foreach (var a in alerts.Take(20))
        {
            await shardZero.Upsert(a);
        }

        await Task.WhenAll(alerts.Skip(20).Select(a => fixture.Grains.AlertShardOf(a.Id).Upsert(a)));
        await fixture.DeactivateAll();
        await shardZero.List(new AlertQuery(Take: 1));
        await fixture.Grains.AlertShardOf(alerts[5].Id).Upsert(alerts[5] with { Status = AlertStatus.Acknowledged, AcknowledgedAt = T0.AddHours(1) });

        var ids = new List<string>();
        var query = new AlertQuery(Office: office, Take: 9);
        for (var page = await AlertIndex.List(fixture.Grains, query); ; page = await AlertIndex.List(fixture.Grains, query with { After = page.Next }))
        {
            ids.AddRange(page.Items.Select(a => a.Id));
            if (page.Next is null)
            {
                break;
            }
        }

        var open = await AlertIndex.All(fixture.Grains, new AlertQuery(Status: AlertStatus.Open, Office: office));
        Assert.Equal(alerts.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id), ids);
        Assert.Equal(59, open.Count);
        Assert.DoesNotContain(alerts[5].Id, open.Select(a => a.Id));
    }

    [Fact]
    public void A_cursor_survives_its_round_trip_and_anything_else_is_refused()
    {
        var cursor = new KeysetCursor(T0.AddTicks(123), "RT-Ω.1");

        Assert.Equal(cursor, KeysetCursor.TryDecode(cursor.Encode()));
        Assert.Null(KeysetCursor.TryDecode("12"));
        Assert.Null(KeysetCursor.TryDecode("not a cursor!"));
        Assert.Null(KeysetCursor.TryDecode(Convert.ToBase64String("x.RT"u8.ToArray()).TrimEnd('=')));
        Assert.Empty(Keyset.Merge<int>([], 5, i => cursor).Items);
    }
}
