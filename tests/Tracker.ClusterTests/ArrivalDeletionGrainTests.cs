using Tracker.Domain.ArrivalDeletions;
using Tracker.Domain.Events;
using Tracker.Grains.ArrivalDeletions;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>
/// The deletion grains on a two-silo cluster: what a step stores is there after every grain was
/// deactivated (the container's milestones too, which are not journaled), and nothing is applied twice.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ArrivalDeletionGrainTests(ClusterFixture fixture)
{
    private const string Facility = "QQCT";

    private async Task<ArrivalDeletionView> RequestAsync(bool resend)
    {
        var number = Ids.Container();
        var now = DateTimeOffset.UtcNow;
        await fixture.Grains.GetGrain<IContainerGrain>(number).Apply([
            Event(EventCode.GTIN, now.AddMinutes(-20), number, port: "CNTAO") with { Facility = Facility },
            Event(EventCode.ARRP, now.AddMinutes(-19), number, port: "CNTAO") with { Facility = Facility },
        ]);
        var id = Ids.Unique("ad");
        var workflow = ArrivalDeletionWorkflow.Request("ops@acme", now.AddMinutes(-10));
        var view = new ArrivalDeletionView(
            id, number, Ids.Unique("tr"), Ids.Unique("tenant"), Facility, [Ids.Unique("office")], "plans changed", resend,
            workflow.Status, workflow.RequestedAt, workflow.UpdatedAt, [], []).With(workflow);
        return await fixture.Grains.GetGrain<IArrivalDeletionGrain>(id).Create(view);
    }

    private async Task<ArrivalDeletionView> ApproveAsync(ArrivalDeletionView request)
    {
        var grain = fixture.Grains.GetGrain<IArrivalDeletionGrain>(request.Id);
        Assert.Null((await grain.Act(ArrivalDeletionStep.Confirm, "yard@QQCT", "terminal", null)).Refusal);
        var approved = await grain.Act(ArrivalDeletionStep.Approve, "officer@office", "customs", null);
        Assert.Null(approved.Refusal);
        return approved.Request!;
    }

    [Fact]
    public async Task An_approved_deletion_and_its_milestones_survive_every_grain_being_deactivated()
    {
        var request = await ApproveAsync(await RequestAsync(resend: true));

        await fixture.DeactivateAll();

        var stored = await fixture.Grains.GetGrain<IArrivalDeletionGrain>(request.Id).Get();
        Assert.Equal(ArrivalDeletionStatus.Approved, stored!.Status);
        Assert.Equal(3, stored.History.Length);
        var container = await fixture.Grains.GetGrain<IContainerGrain>(request.Container).Get();
        Assert.Equal([EventCode.GTIN, EventCode.ARRP, EventCode.ARRD, EventCode.ARRP], container.Timeline.Select(m => m.Code));
        Assert.True(container.Customs.ArrivalReported);
        var (listed, _) = await ArrivalDeletionIndex.List(fixture.Grains, ArrivalDeletionIndex.OfTenant(request.Tenant), new ArrivalDeletionQuery());
        Assert.Equal(ArrivalDeletionStatus.Approved, Assert.Single(listed).Status);
    }

    [Fact]
    public async Task The_milestones_of_a_request_are_applied_once_however_often_they_are_sent()
    {
        var request = await ApproveAsync(await RequestAsync(resend: false));
        var container = fixture.Grains.GetGrain<IContainerGrain>(request.Container);

        var again = await container.Record(ArrivalDeletionMilestones.Of(request, request.UpdatedAt, await container.Get()));

        Assert.Equal(EventDisposition.Duplicate, Assert.Single(again).Disposition);
        Assert.Single((await container.Get()).Timeline, m => m.Code == EventCode.ARRD);
        Assert.False((await container.Get()).Customs.ArrivalReported);
    }

    [Fact]
    public async Task A_container_holds_one_open_request_and_is_free_once_it_closed()
    {
        var request = await RequestAsync(resend: false);
        var guard = fixture.Grains.GetGrain<IDeletionGuardGrain>(request.Container);
        Assert.Null(await guard.Open(request.Id));

        Assert.Equal(request.Id, await guard.Open(Ids.Unique("ad")));
        await fixture.DeactivateAll();
        Assert.Equal(request.Id, await guard.Open(Ids.Unique("ad")));

        await fixture.Grains.GetGrain<IArrivalDeletionGrain>(request.Id).Act(ArrivalDeletionStep.Refuse, "yard@QQCT", "terminal", "not here");
        Assert.Null(await guard.Open(Ids.Unique("ad")));
    }
}
