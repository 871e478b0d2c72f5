using Tracker.Domain.Events;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

[Collection(ClusterTestGroup.Name)]
public sealed class ContainerGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Timeline_is_oldest_first_and_each_event_is_applied_once()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);
        var gateOut = Event(EventCode.GTOT, T0.AddHours(2), number, port: "CNTAO");
        var gateIn = Event(EventCode.GTIN, T0, number, port: "CNTAO");

        var first = await grain.Apply([gateOut, gateIn]);
        var again = await grain.Apply([gateIn]);

        Assert.All(first, o => Assert.Equal(EventDisposition.Applied, o.Disposition));
        Assert.Equal(EventDisposition.Duplicate, Assert.Single(again).Disposition);
        var view = await grain.Get();
        Assert.Equal([EventCode.GTIN, EventCode.GTOT], view.Timeline.Select(m => m.Code));
    }

    [Fact]
    public async Task Events_arriving_out_of_order_end_in_the_latest_state()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);

        await grain.Apply([Event(EventCode.GTOT, T0.AddHours(2), number, port: "CNTAO"), Event(EventCode.CUSR, T0.AddHours(1), number)]);
        await grain.Apply([Event(EventCode.GTIN, T0, number, port: "CNTAO"), Event(EventCode.CUSI, T0.AddMinutes(30), number)]);

        var view = await grain.Get();
        Assert.Equal(EventCode.GTOT, view.Terminal.LastCode);
        Assert.False(view.Terminal.InTerminal);
        Assert.Equal("RELEASED", view.Customs.Summary);
    }

    [Fact]
    public async Task Estimates_go_on_the_timeline_without_changing_state()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);

        await grain.Apply([Event(EventCode.GTIN, T0.AddHours(5), number, port: "CNTAO", classifier: EventClassifier.Est)]);

        var view = await grain.Get();
        Assert.Single(view.Timeline);
        Assert.Null(view.Terminal.GateInAt);
    }

    [Fact]
    public async Task A_container_aboard_a_vessel_takes_the_vessels_AIS_position_and_ETA()
    {
        var number = Ids.Container();
        const string imo = "9074729";
        var mmsi = $"41{Random.Shared.Next(1_000_000, 9_999_999)}";
        await fixture.Grains.GetGrain<IVesselGrain>(imo).Apply([
            Event(EventCode.LOAD, T0, number, vessel: imo, port: "CNTAO"),
            Event(EventCode.ARRI, T0.AddHours(20), vessel: imo, port: "CNDLC", classifier: EventClassifier.Est),
        ]);
        await fixture.Grains.GetGrain<IContainerGrain>(number).Apply([Event(EventCode.LOAD, T0, number, vessel: imo, port: "CNTAO")]);

        await fixture.Grains.GetGrain<IAisTransponderGrain>(mmsi).Report([new AisReport(mmsi, T0.AddHours(1), 36.5, 121.9, 12, 80, Imo: imo)]);

        var view = await fixture.Grains.GetGrain<IContainerGrain>(number).Get();
        Assert.Equal(new Carrier(CarrierKind.Vessel, imo), view.Carrier);
        Assert.Equal((36.5, 121.9), (view.Position!.Lat, view.Position.Lon));
        Assert.Equal(T0.AddHours(20), view.Eta);
    }

    [Fact]
    public async Task A_container_on_a_train_moves_with_the_train_and_stops_when_discharged()
    {
        var number = Ids.Container();
        var train = Ids.Unique("TRAIN");
        var container = fixture.Grains.GetGrain<IContainerGrain>(number);
        await container.Apply([Event(EventCode.LOAD, T0, number, train: train, port: "CNJZO")]);
        await fixture.Grains.GetGrain<IVehicleGrain>(train).Report([new VehicleFix(1, T0.AddMinutes(30), 36.2, 120.1, 60, 45)]);

        var moving = await container.Get();
        await container.Apply([Event(EventCode.DISC, T0.AddHours(2), number, train: train, port: "CNTAO")]);
        var discharged = await container.Get();

        Assert.Equal((CarrierKind.Train, 36.2), (moving.Carrier!.Kind, moving.Position!.Lat));
        Assert.Null(discharged.Carrier);
    }

    [Fact]
    public async Task The_fresher_of_lock_fix_and_carrier_position_wins()
    {
        var number = Ids.Container();
        var lockId = Ids.Unique("L");
        var truck = Ids.Unique("TRK");
        var declaration = Road(Ids.Unique("RT"), "acme", [number], [lockId]);
        await fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id).Declare(declaration);
        var container = fixture.Grains.GetGrain<IContainerGrain>(number);
        await container.Apply([Event(EventCode.LOAD, T0, number, port: "CNTAO") with { VehicleId = truck }]);
        await fixture.Grains.GetGrain<IVehicleGrain>(truck).Report([new VehicleFix(1, T0.AddMinutes(10), 36.1, 120.2, 50, 0)]);
        await fixture.Grains.GetGrain<ISmartLockGrain>(lockId).Report([new LockFix(1, T0.AddMinutes(12), 36.11, 120.21, 50, 0, SealState.Sealed, 90)]);

        var view = await container.Get();

        Assert.Equal($"lock:{lockId}", view.Position!.Source);
        Assert.Equal((lockId, SealState.Sealed, 90.0), (view.Seal.LockId, view.Seal.State, view.Seal.BatteryPct));
    }

    [Fact]
    public async Task A_reused_box_shows_each_tenant_and_office_only_its_own_consignments_windows()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);
        var (first, second) = (Ids.Unique("RT"), Ids.Unique("RT"));
        await grain.Link(new ConsignmentLink(first, "acme", ["QDCUS"], null, T0));
        await grain.Apply([Event(EventCode.GTIN, T0.AddMinutes(10), number, port: "CNTAO"), Event(EventCode.HOLD, T0.AddMinutes(20), number)]);
        await grain.Close(first, T0.AddHours(1));

        // Between the two transits the box is nobody's; then the second one loads it on a feeder.
        await grain.Apply([Event(EventCode.GTOT, T0.AddHours(2), number, port: "CNXMN")]);
        await grain.Link(new ConsignmentLink(second, "other", ["JZCUS"], null, T0.AddHours(3)));
        await grain.Apply([Event(EventCode.LOAD, T0.AddHours(4), number, vessel: "9074729", port: "CNTAO"), Event(EventCode.CUSR, T0.AddHours(5), number, second)]);

        var acme = await grain.View(ContainerAudience.OfTenant("acme"));
        var other = await grain.View(ContainerAudience.OfTenant("other"));
        var office = await grain.View(ContainerAudience.OfOffice("JZCUS"));
        var stranger = await grain.View(ContainerAudience.OfTenant("nobody"));
        var whole = await grain.Get();

        Assert.Equal([EventCode.GTIN, EventCode.HOLD], acme.Timeline.Select(m => m.Code));
        Assert.Equal(("HELD", "CNTAO", (Carrier?)null), (acme.Customs.Summary, acme.Terminal.UnLocode, acme.Carrier));
        Assert.Equal([first], acme.Consignments.Select(c => c.ConsignmentId));
        Assert.Equal([EventCode.LOAD, EventCode.CUSR], other.Timeline.Select(m => m.Code));
        Assert.Equal(("RELEASED", EventCode.LOAD), (other.Customs.Summary, other.Terminal.LastCode));
        Assert.Equal(new Carrier(CarrierKind.Vessel, "9074729"), other.Carrier);
        Assert.Equal(other.Timeline.Select(m => m.EventId), office.Timeline.Select(m => m.EventId));
        Assert.False(stranger.Known);
        Assert.Equal(5, whole.Timeline.Length);
        Assert.Equal(2, whole.Consignments.Length);
    }

    [Fact]
    public async Task A_box_is_claimed_by_one_open_transit_at_a_time_and_free_once_it_closed()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);

        Assert.Null(await grain.Claim("RT-1"));
        Assert.Null(await grain.Claim("RT-1"));
        Assert.Equal("RT-1", await grain.Claim("RT-2"));
        Assert.Null(await grain.Claim("RT-2", replacing: "RT-1"));
        await grain.Close("RT-2", T0);

        Assert.Null(await grain.Claim("RT-3"));
    }

    [Fact]
    public async Task Container_state_survives_deactivation()
    {
        var number = Ids.Container();
        await fixture.Grains.GetGrain<IContainerGrain>(number).Apply([Event(EventCode.GTIN, T0, number, port: "CNTAO"), Event(EventCode.CUSS, T0.AddMinutes(5), number)]);
        await fixture.Grains.GetGrain<IContainerGrain>(number).Link(new ConsignmentLink("RT-Y", "acme", ["QDCUS"], null, T0));

        await fixture.DeactivateAll();

        var view = await fixture.Grains.GetGrain<IContainerGrain>(number).Get();
        Assert.Equal(2, view.Timeline.Length);
        Assert.Equal("SCAN", view.Customs.Summary);
        Assert.True(view.VisibleToTenant("acme"));
        Assert.False(view.VisibleToTenant("other"));
    }

    [Fact]
    public async Task Events_already_applied_write_no_state()
    {
        var number = Ids.Container();
        var grain = fixture.Grains.GetGrain<IContainerGrain>(number);
        var events = new[] { Event(EventCode.GTIN, T0, number, port: "CNTAO"), Event(EventCode.CUSR, T0, number) };
        await grain.Apply([.. events]);
        await grain.AsReference<ICheckpointable>().Flush();
        var writes = ClusterFixture.Storage.WritesOf(grain.GetGrainId());

        await grain.Apply([.. events]);
        await grain.Get();
        await grain.AsReference<ICheckpointable>().Flush();

        Assert.Equal(1, writes);
        Assert.Equal(writes, ClusterFixture.Storage.WritesOf(grain.GetGrainId()));
    }
}
