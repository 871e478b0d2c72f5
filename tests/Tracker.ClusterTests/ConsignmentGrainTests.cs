using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

[Collection(ClusterTestGroup.Name)]
public sealed class ConsignmentGrainTests(ClusterFixture fixture)
{
    private async Task<(ITransferConsignmentGrain Grain, ConsignmentDeclaration Declaration)> Declared()
    {
        var declaration = Road(Ids.Unique("RT"), "acme", [Ids.Container(), Ids.Container()], [Ids.Unique("L"), Ids.Unique("L")]);
        var grain = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
        Assert.Equal(DeclareDisposition.Created, (await grain.Declare(declaration)).Disposition);
        return (grain, declaration);
    }

    private static LockFix Fix(long seq, DateTimeOffset time) => new(seq, time, 36.0, 120.3, 30, 0, SealState.Sealed, 90);

    [Fact]
    public async Task Declaring_links_the_containers_and_binds_the_locks()
    {
        var (_, d) = await Declared();

        var container = await fixture.Grains.GetGrain<IContainerGrain>(d.Containers[1]).Get();
        var lockView = await fixture.Grains.GetGrain<ISmartLockGrain>(d.Locks[1].LockId).Get();

        Assert.Equal("DECLARED", container.Customs.Summary);
        Assert.Equal(d.Id, Assert.Single(container.Consignments).ConsignmentId);
        Assert.Equal((d.Id, d.Containers[1]), (lockView.ConsignmentId, lockView.Container));
    }

    [Fact]
    public async Task The_same_declaration_again_changes_nothing_and_a_different_one_conflicts()
    {
        var (grain, d) = await Declared();

        var same = await grain.Declare(d with { Containers = [.. d.Containers], Locks = [.. d.Locks] });
        var different = await grain.Declare(d with { Tenant = "other" });

        Assert.Equal(DeclareDisposition.Unchanged, same.Disposition);
        Assert.Equal(DeclareDisposition.Conflict, different.Disposition);
        Assert.Equal("acme", (await grain.Get())!.Declaration.Tenant);
    }

    [Fact]
    public async Task A_lock_in_use_refuses_a_second_declaration_and_binds_nothing()
    {
        var (_, first) = await Declared();
        var freeLock = Ids.Unique("L");
        var second = Road(Ids.Unique("RT"), "acme", [Ids.Container(), Ids.Container()], [freeLock, first.Locks[0].LockId]);

        var result = await fixture.Grains.GetGrain<ITransferConsignmentGrain>(second.Id).Declare(second);

        Assert.Equal(DeclareDisposition.Conflict, result.Disposition);
        Assert.Null((await fixture.Grains.GetGrain<ISmartLockGrain>(freeLock).Get()).ConsignmentId);
        Assert.Null(await fixture.Grains.GetGrain<ITransferConsignmentGrain>(second.Id).Get());
    }

    [Fact]
    public async Task The_lifecycle_follows_events_and_fixes_and_refuses_illegal_steps()
    {
        var (grain, d) = await Declared();

        var early = await grain.Apply([Event(EventCode.TCLS, T0, consignment: d.Id)]);
        await grain.Apply([Event(EventCode.SEAL, T0, consignment: d.Id), Event(EventCode.TSTR, T0.AddMinutes(5), consignment: d.Id)]);
        await fixture.Grains.GetGrain<ISmartLockGrain>(d.Locks[0].LockId).Report([Fix(1, T0.AddMinutes(10))]);
        var inTransit = (await grain.Get())!.Status;
        await grain.Apply([
            Event(EventCode.TEND, T0.AddHours(1), consignment: d.Id),
            Event(EventCode.UNSL, T0.AddHours(1).AddMinutes(5), consignment: d.Id),
            Event(EventCode.TCLS, T0.AddHours(1).AddMinutes(10), consignment: d.Id),
        ]);

        var view = (await grain.Get())!;
        Assert.Equal(EventDisposition.Refused, Assert.Single(early).Disposition);
        Assert.Contains("arrive", Assert.Single(early).Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TransitStatus.InTransit, inTransit);
        Assert.Equal(TransitStatus.Closed, view.Status);
        Assert.Equal(
            [TransitStatus.Declared, TransitStatus.Sealed, TransitStatus.Departed, TransitStatus.InTransit, TransitStatus.Arrived, TransitStatus.Unsealed, TransitStatus.Closed],
            view.History.Select(h => h.Status));
    }

    [Fact]
    public async Task Closing_the_transit_frees_its_locks()
    {
        var (grain, d) = await Declared();
        await grain.Apply([
            Event(EventCode.SEAL, T0, consignment: d.Id), Event(EventCode.TSTR, T0.AddMinutes(1), consignment: d.Id),
            Event(EventCode.TEND, T0.AddMinutes(50), consignment: d.Id), Event(EventCode.TCLS, T0.AddMinutes(55), consignment: d.Id),
        ]);

        Assert.Null((await fixture.Grains.GetGrain<ISmartLockGrain>(d.Locks[0].LockId).Get()).ConsignmentId);
    }

    [Fact]
    public async Task The_directory_lists_newest_first_scoped_by_tenant_and_office()
    {
        var tenant = Ids.Unique("T");
        var older = Road(Ids.Unique("RT"), tenant, [Ids.Container()], [Ids.Unique("L")]);
        var newer = Road(Ids.Unique("RT"), tenant, [Ids.Container()], [Ids.Unique("L")]) with { DepartureOffice = "WHCUS" };
        await fixture.Grains.GetGrain<ITransferConsignmentGrain>(older.Id).Declare(older);
        await fixture.Grains.GetGrain<ITransferConsignmentGrain>(newer.Id).Declare(newer);
        var all = await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant));
        var weihai = await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant, Office: "WHCUS"));
        var firstPage = await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant, Take: 1));
        var secondPage = await ConsignmentDirectory.List(fixture.Grains, new ConsignmentQuery(Tenant: tenant, Take: 1, After: firstPage.Next));

        Assert.Equal([newer.Id, older.Id], all.Items.Select(c => c.Id));
        Assert.Equal([newer.Id], weihai.Items.Select(c => c.Id));
        Assert.Equal([older.Id], secondPage.Items.Select(c => c.Id));
        Assert.Null(secondPage.Next);
    }

    [Fact]
    public async Task Consignment_state_survives_deactivation_and_events_stay_applied_once()
    {
        var (grain, d) = await Declared();
        var seal = Event(EventCode.SEAL, T0, consignment: d.Id);
        await grain.Apply([seal]);

        await fixture.DeactivateAll();

        var again = fixture.Grains.GetGrain<ITransferConsignmentGrain>(d.Id);
        Assert.Equal(EventDisposition.Duplicate, Assert.Single(await again.Apply([seal])).Disposition);
        Assert.Equal(TransitStatus.Sealed, (await again.Get())!.Status);
    }

    [Fact]
    public async Task A_reused_lock_shows_nothing_of_its_next_consignment_in_the_closed_one()
    {
        var (grain, d) = await Declared();
        var lockId = d.Locks[0].LockId;
        await fixture.Grains.GetGrain<ISmartLockGrain>(lockId).Report([Fix(1, T0)]);
        await grain.Apply([
            Event(EventCode.SEAL, T0, consignment: d.Id), Event(EventCode.TSTR, T0.AddMinutes(1), consignment: d.Id),
            Event(EventCode.TEND, T0.AddMinutes(50), consignment: d.Id), Event(EventCode.TCLS, T0.AddMinutes(55), consignment: d.Id),
        ]);
        var next = Road(Ids.Unique("RT"), "other", [Ids.Container()], [lockId]);
        await fixture.Grains.GetGrain<ITransferConsignmentGrain>(next.Id).Declare(next);

        await fixture.Grains.GetGrain<ISmartLockGrain>(lockId).Report([new LockFix(2, T0.AddHours(3), 24.5, 118.1, 0, 0, SealState.Tampered, 50)]);

        var closedLock = (await grain.Get())!.Locks.Single(l => l.LockId == lockId);
        var container = await fixture.Grains.GetGrain<IContainerGrain>(d.Containers[0]).Get();
        Assert.Equal((SealState.Sealed, 36.0), (closedLock.Seal, closedLock.LastFix!.Lat));
        Assert.Equal([1L], (await grain.GetTrack(null, null))!.Locks.Single(t => t.Id == lockId).Points.Select(p => p.Seq));
        Assert.Equal([2L], (await fixture.Grains.GetGrain<ITransferConsignmentGrain>(next.Id).GetTrack(null, null))!.Locks[0].Points.Select(p => p.Seq));
        Assert.Equal(36.0, container.Position!.Lat);
    }

    [Fact]
    public async Task Reading_a_transits_track_while_its_locks_report_never_waits_on_itself()
    {
        // The consignment reads its locks' tracks while a lock's report waits on the consignment:
        // if both held their grain's turn, each would wait for the other until the call timed out.
        var (grain, d) = await Declared();
        var lockGrain = fixture.Grains.GetGrain<ISmartLockGrain>(d.Locks[0].LockId);
        var calls = Enumerable.Range(1, 40).SelectMany(n => new Task[]
        {
            lockGrain.Report([Fix(n, Declarations.T0.AddMinutes(n))]),
            grain.GetTrack(null, null),
        });

        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(40, (await grain.GetTrack(null, null))!.Locks[0].Points.Length);
    }
}
