using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Locks;
using Tracker.Grains.Vessels;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>
/// A declaration is all or nothing: one that fails leaves no lock bound to a consignment that does not exist, and
/// one interrupted after it was stored is finished by sending it again.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DeclarationAtomicityTests(ClusterFixture fixture)
{
    private static ConsignmentDeclaration NewRoad(params string[] locks) =>
        Road(Ids.Unique("RT"), "acme", [.. locks.Select(_ => Ids.Container())], [.. locks]);

    private async Task<string?> BoundTo(string lockId) => (await fixture.Grains.GetGrain<ISmartLockGrain>(lockId).Get()).ConsignmentId;

    [Fact]
    public async Task A_declaration_whose_own_write_fails_binds_no_lock_and_declares_nothing()
    {
        var declaration = NewRoad(Ids.Unique("L"), Ids.Unique("L"));
        var grain = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);

        using (ClusterFixture.Storage.FailWritesOf(grain.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.Declare(declaration));
        }

        Assert.Null(await BoundTo(declaration.Locks[0].LockId));
        Assert.Null(await BoundTo(declaration.Locks[1].LockId));
        Assert.Null(await grain.Get());
        Assert.Empty((await fixture.Grains.GetGrain<IContainerGrain>(declaration.Containers[0]).Get()).Consignments);

        // Once the store is back, the same declaration goes through as new.
        Assert.Equal(DeclareDisposition.Created, (await grain.Declare(declaration)).Disposition);
        Assert.Equal(declaration.Id, await BoundTo(declaration.Locks[1].LockId));
    }

    [Fact]
    public async Task A_declaration_interrupted_after_it_was_stored_is_finished_by_sending_it_again()
    {
        var declaration = NewRoad(Ids.Unique("L"));
        var grain = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
        var container = fixture.Grains.GetGrain<IContainerGrain>(declaration.Containers[0]);

        using (ClusterFixture.Storage.FailWritesOf(container.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.Declare(declaration));
        }

        var again = await grain.Declare(declaration);
        var sameAgain = await grain.Declare(declaration);

        Assert.Equal(DeclareDisposition.Created, again.Disposition);
        Assert.Equal(DeclareDisposition.Unchanged, sameAgain.Disposition);
        Assert.Equal(declaration.Id, Assert.Single((await container.Get()).Consignments).ConsignmentId);
        Assert.Equal(declaration.Id, await BoundTo(declaration.Locks[0].LockId));
    }

    [Fact]
    public async Task A_lock_left_bound_to_a_consignment_that_does_not_exist_is_free_for_the_next_one()
    {
        // What a declaration that failed half-way left behind before declarations were all or nothing.
        var lockId = Ids.Unique("L");
        await fixture.Grains.GetGrain<ISmartLockGrain>(lockId).Bind(new LockBinding(Ids.Unique("RT"), Ids.Container(), ConsignmentMode.Road));
        var declaration = NewRoad(lockId);

        var result = await fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id).Declare(declaration);

        Assert.Equal(DeclareDisposition.Created, result.Disposition);
        Assert.Equal(declaration.Id, await BoundTo(lockId));
    }

    [Fact]
    public async Task Declarations_reaching_for_each_others_locks_at_once_never_wait_on_each_other()
    {
        // Each asks whether the other holds the lock it was refused: that question must not queue behind a declaration.
        var pairs = Enumerable.Range(0, 10).Select(_ => (Ids.Unique("L"), Ids.Unique("L"))).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var results = await Task.WhenAll(pairs.SelectMany(p => new[] { NewRoad(p.Item1, p.Item2), NewRoad(p.Item2, p.Item1) })
            .Select(d => fixture.Grains.GetGrain<ITransferConsignmentGrain>(d.Id).Declare(d)));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.All(results.Chunk(2), pair => Assert.NotEqual((DeclareDisposition.Created, DeclareDisposition.Created), (pair[0].Disposition, pair[1].Disposition)));
        foreach (var (first, second) in pairs)
        {
            // Both locks of a pair go to the same transit, or stay free.
            Assert.Equal(await BoundTo(first), await BoundTo(second));
        }
    }

    [Fact]
    public async Task Declarations_of_the_same_box_at_once_leave_it_in_exactly_one_open_transit()
    {
        // A box sits in one open transit at a time, as a lock does: of many at once, one wins and the others bind nothing.
        var box = Ids.Container();
        var declarations = Enumerable.Range(0, 8)
            .Select(_ => Road(Ids.Unique("RT"), Ids.Unique("tenant"), [box], [Ids.Unique("L")]))
            .ToList();

        var results = await Task.WhenAll(declarations.Select(d => fixture.Grains.GetGrain<ITransferConsignmentGrain>(d.Id).Declare(d)));

        var winner = Assert.Single(declarations.Zip(results), p => p.Second.Disposition == DeclareDisposition.Created).First;
        Assert.All(results.Where(r => r.Disposition != DeclareDisposition.Created), r => Assert.Equal(DeclareDisposition.Conflict, r.Disposition));
        Assert.Equal(winner.Id, Assert.Single((await fixture.Grains.GetGrain<IContainerGrain>(box).Get()).Consignments).ConsignmentId);
        foreach (var loser in declarations.Where(d => d != winner))
        {
            Assert.Null(await BoundTo(loser.Locks[0].LockId));
        }
    }

    [Fact]
    public async Task A_transit_with_times_at_the_ends_of_the_calendar_takes_its_feeders_ETA_and_raises_the_connection_alert()
    {
        // The API refuses such times; a transit stored before it did must still not break the feeder's reports.
        var (feeder, mmsi) = (Ids.Unique("IMO"), $"41{Random.Shared.Next(1_000_000, 9_999_999)}");
        var declaration = NewRoad(Ids.Unique("L")) with
        {
            Mode = ConsignmentMode.Water,
            FeederImo = feeder,
            Deadline = new DateTimeOffset(9999, 12, 31, 23, 59, 0, TimeSpan.Zero),
            Connection = new Connection("9074729", DateTimeOffset.MinValue),
        };
        var grain = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
        Assert.Equal(DeclareDisposition.Created, (await grain.Declare(declaration)).Disposition);

        var outcome = await fixture.Grains.GetGrain<IAisTransponderGrain>(mmsi).Report([new AisReport(mmsi, T0, 36.0, 120.4, Imo: feeder, Eta: T0.AddHours(3))]);

        Assert.Equal(1, outcome.Accepted);
        Assert.Contains((await grain.Get())!.AlertIds, a => a.Contains("CONN", StringComparison.Ordinal));
    }
}
