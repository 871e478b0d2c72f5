using Tracker.Domain.Events;
using Tracker.Grains.Vessels;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

[Collection(ClusterTestGroup.Name)]
public sealed class VesselGrainTests(ClusterFixture fixture)
{
    private static string NewMmsi() => $"41{Random.Shared.Next(1_000_000, 9_999_999)}";

    [Fact]
    public async Task The_transponder_learns_the_IMO_and_hands_on_the_position_it_held()
    {
        var mmsi = NewMmsi();
        const string imo = "9321483";
        var transponder = fixture.Grains.GetGrain<IAisTransponderGrain>(mmsi);

        await transponder.Report([new AisReport(mmsi, T0, 36.0, 120.4)]);
        var before = await fixture.Grains.GetGrain<IVesselGrain>(imo).Get();
        await transponder.Report([new AisReport(mmsi, T0.AddMinutes(-1), 35.9, 120.4, Imo: imo, Name: "XIN YANG ZHOU")]);

        var vessel = await fixture.Grains.GetGrain<IVesselGrain>(imo).Get();
        Assert.False(before.Known);
        Assert.Equal((mmsi, "XIN YANG ZHOU", 36.0), (vessel.Mmsi, vessel.Name, vessel.Position!.Lat));
    }

    [Fact]
    public async Task AIS_positions_are_kept_as_the_vessels_track_each_once_across_days()
    {
        var (mmsi, imo) = (NewMmsi(), "9512379");
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(Ids.Unique("V"));

        // T0 is 08:00 UTC: the third report falls on the next day, stored apart from the first two.
        AisReport[] reports = [new(mmsi, T0, 36.0, 120.4, SogKnots: 10), new(mmsi, T0.AddMinutes(5), 36.1, 120.5, Imo: imo), new(mmsi, T0.AddHours(20), 36.2, 120.6)];

        await vessel.Report([reports[1], reports[0]]);
        await vessel.Report([reports[2], reports[2]]);
        var all = await vessel.GetTrack(null, null);
        var cut = await vessel.GetTrack(T0.AddMinutes(1), T0.AddHours(20));
        var secondDay = await vessel.GetTrack(T0.AddHours(17), null);

        Assert.Equal([T0, T0.AddMinutes(5), T0.AddHours(20)], all.Select(p => p.Time));
        Assert.Equal([36.2], secondDay.Select(p => p.Lat));
        Assert.Equal(10 * 1.852, all[0].SpeedKmh!.Value, 6);
        Assert.Equal([36.1, 36.2], cut.Select(p => p.Lat));
    }

    [Fact]
    public async Task A_report_sent_twice_is_a_duplicate()
    {
        var mmsi = NewMmsi();
        var report = new AisReport(mmsi, T0, 36.0, 120.4, Imo: "9074729");
        var transponder = fixture.Grains.GetGrain<IAisTransponderGrain>(mmsi);

        await transponder.Report([report]);
        var again = await transponder.Report([report]);

        Assert.Equal((0, 1), (again.Accepted, again.Duplicates));
    }

    [Fact]
    public async Task Port_calls_record_estimated_then_actual_times()
    {
        var imo = "9176187";
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(imo);
        await vessel.Apply([Event(EventCode.ARRI, T0.AddHours(3), vessel: imo, port: "CNDLC", classifier: EventClassifier.Est)]);
        await vessel.Apply([Event(EventCode.ARRI, T0.AddHours(4), vessel: imo, port: "CNDLC"), Event(EventCode.DEPA, T0.AddHours(9), vessel: imo, port: "CNDLC")]);

        var call = Assert.Single((await vessel.Get()).PortCalls, c => c.UnLocode == "CNDLC");
        Assert.Equal((T0.AddHours(3), T0.AddHours(4), T0.AddHours(9)), (call.Eta, call.Ata, call.Atd));
    }

    [Fact]
    public async Task A_late_load_never_puts_back_a_box_discharged_after_it()
    {
        var imo = "9204568";
        var (kept, dropped) = (Ids.Container(), Ids.Container());
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(imo);
        await vessel.Apply([Event(EventCode.DISC, T0.AddHours(5), dropped, vessel: imo, port: "CNDLC")]);
        await vessel.Apply([Event(EventCode.LOAD, T0, dropped, vessel: imo, port: "CNTAO"), Event(EventCode.LOAD, T0, kept, vessel: imo, port: "CNTAO")]);

        var aboard = (await vessel.Get()).ContainersAboard;
        Assert.Contains(kept, aboard);
        Assert.DoesNotContain(dropped, aboard);
    }
}
