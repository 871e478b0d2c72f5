using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>
/// "My containers" over the sharded consignment directory: pages read one after another give every container
/// once, in order, however small the shards' budget; a filter matching nothing costs a bounded amount per page;
/// a summary stored before summaries carried container numbers gets them from its consignment.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ContainerListShardTests(ClusterFixture fixture)
{
    private static ConsignmentSummary Summary(string tenant, int i, ImmutableArray<string> containers) => new(
        Ids.Unique("RT"), tenant, ConsignmentMode.Rail, TransitStatus.InTransit, false, ["QDCUS"],
        T0.AddSeconds(i / 2), T0.AddSeconds(i / 2), containers.Length, "CNTAO", "CNJZO", containers);

    private static ContainerQuery Query(string tenant, string? number = null, int take = 5, int budget = 3) =>
        new(new ConsignmentQuery(Tenant: tenant), number, DateTimeOffset.MinValue, Take: take, Budget: budget);

    private async Task<(List<ContainerRow> Rows, int Pages)> ReadAll(ContainerQuery query)
    {
        var rows = new List<ContainerRow>();
        for (var pages = 1; pages < 10_000; pages++)
        {
            var page = await ConsignmentDirectory.ListContainers(fixture.Grains, query);
            Assert.InRange(page.Items.Length, 0, query.Take);
            rows.AddRange(page.Items);
            if (page.Next is null)
            {
                return (rows, pages);
            }

            query = query with { After = KeysetCursor.TryDecode(page.Next.Encode()) };
        }

        throw new InvalidOperationException("the list never ended");
    }

    [Fact]
    public async Task Pages_give_every_container_once_newest_consignment_first_however_small_the_budget()
    {
        var tenant = Ids.Unique("T");
        var summaries = Enumerable.Range(0, 40).Select(i => Summary(tenant, i, [Ids.Container(), Ids.Container()])).ToList();
        await Task.WhenAll(summaries.Select(s => fixture.Grains.ShardOf(s.Id).Upsert(s)));
        var expected = summaries
            .OrderByDescending(s => s.DeclaredAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .SelectMany(s => s.ContainerNumbers!.Value.Order(StringComparer.Ordinal).Select(n => (s.Id, n)))
            .ToList();

        var (rows, _) = await ReadAll(Query(tenant));

        Assert.Equal(expected, rows.Select(r => (r.ConsignmentId, r.Number)));
    }

    [Fact]
    public async Task A_number_matching_nothing_ends_in_empty_pages_that_still_lead_on_and_then_stop()
    {
        var tenant = Ids.Unique("T");
        var summaries = Enumerable.Range(0, 30).Select(i => Summary(tenant, i, [Ids.Container()])).ToList();
        await Task.WhenAll(summaries.Select(s => fixture.Grains.ShardOf(s.Id).Upsert(s)));

        var first = await ConsignmentDirectory.ListContainers(fixture.Grains, Query(tenant, number: "QQQQ", budget: 1));
        var (rows, pages) = await ReadAll(Query(tenant, number: "QQQQ", budget: 1));
        var (found, _) = await ReadAll(Query(tenant, number: summaries[7].ContainerNumbers!.Value[0][3..], budget: 1));

        // Thirty consignments over 64 shards: some shard holds more than one, which a budget of one cannot see at once.
        Assert.Empty(first.Items);
        Assert.NotNull(first.Next);
        Assert.Empty(rows);
        Assert.True(pages > 1);
        Assert.Equal([summaries[7].Id], found.Select(r => r.ConsignmentId));
    }

    [Fact]
    public async Task A_summary_stored_without_container_numbers_gets_them_from_its_consignment()
    {
        var (id, tenant) = (Ids.Unique("RT"), Ids.Unique("T"));
        ImmutableArray<string> containers = [Ids.Container(), Ids.Container()];
        var declaration = Road(id, tenant, containers, [Ids.Unique("L"), Ids.Unique("L")]);
        Assert.Equal(DeclareDisposition.Created, (await fixture.Grains.GetGrain<ITransferConsignmentGrain>(id).Declare(declaration)).Disposition);
        var listed = (await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant))).Items.Single();

        // As an older version wrote it: no numbers, a little later, so that it replaces the full one.
        await fixture.Grains.ShardOf(id).Upsert(listed with { ContainerNumbers = null, UpdatedAt = listed.UpdatedAt.AddSeconds(1) });
        var (rows, _) = await ReadAll(Query(tenant, take: 50, budget: 10_000));
        var again = (await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant))).Items.Single();

        Assert.Equal(containers.Order(StringComparer.Ordinal), rows.Select(r => r.Number));
        Assert.Equal<string>(containers, again.ContainerNumbers!.Value);
    }
}
