using System.Collections.Immutable;
using System.Text.Json;
using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Live;
using Tracker.Grains.Vessels;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>
/// Issue 13 item 7: no list of one object grows forever. Each keeps its newest entries up to a bound
/// no real object reaches in the time a re-send can come, and re-sends inside that window are still duplicates.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class BoundedStateTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_vessels_event_ids_keep_a_window_of_the_newest_and_a_resend_inside_it_is_a_duplicate()
    {
        var imo = Ids.Unique("V");
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(imo);
        var events = Enumerable.Range(0, VesselState.MaxAppliedEvents + 1000)
            .Select(i => Event(EventCode.ARRI, T0.AddSeconds(i), vessel: imo, port: "CNDLC", classifier: EventClassifier.Est))
            .ToList();
        foreach (var chunk in events.Chunk(2000))
        {
            await vessel.Apply([.. chunk]);
        }

        var resent = await vessel.Apply([.. events.TakeLast(1000)]);
        await vessel.AsReference<ICheckpointable>().Flush();

        Assert.All(resent, o => Assert.Equal(EventDisposition.Duplicate, o.Disposition));
        using var stored = Stored("vessel", vessel);
        Assert.Equal(VesselState.MaxAppliedEvents, stored.RootElement.GetProperty("AppliedEvents").GetArrayLength());
    }

    [Fact]
    public async Task A_vessel_keeps_its_newest_port_calls()
    {
        var imo = Ids.Unique("V");
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(imo);
        var calls = VesselState.MaxPortCalls + 20;
        for (var i = 0; i < calls; i += 10)
        {
            await vessel.Apply([.. Enumerable.Range(i, 10).SelectMany(n => new[]
            {
                Event(EventCode.ARRI, T0.AddDays(n), vessel: imo, port: n % 2 == 0 ? "CNDLC" : "CNTAO"),
                Event(EventCode.DEPA, T0.AddDays(n).AddHours(6), vessel: imo, port: n % 2 == 0 ? "CNDLC" : "CNTAO"),
            })]);
        }

        var view = await vessel.Get();

        Assert.Equal(VesselState.MaxPortCalls, view.PortCalls.Length);
        Assert.Equal(T0.AddDays(calls - 1), view.PortCalls[^1].Ata);
        Assert.Equal(T0.AddDays(calls - VesselState.MaxPortCalls), view.PortCalls[0].Ata);
    }

    [Fact]
    public async Task A_feeder_keeps_its_newest_watching_transits()
    {
        var vessel = fixture.Grains.GetGrain<IVesselGrain>(Ids.Unique("V"));
        var transits = Enumerable.Range(0, VesselState.MaxWatchers + 50).Select(i => $"WT-{i:D5}").ToList();
        foreach (var transit in transits)
        {
            await vessel.Watch(transit);
        }

        using var stored = Stored("vessel", vessel);
        var watchers = stored.RootElement.GetProperty("Watchers").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Equal(VesselState.MaxWatchers, watchers.Count);
        Assert.Contains(transits[^1], watchers);
        Assert.DoesNotContain(transits[0], watchers);
    }

    [Fact]
    public async Task A_consignments_event_ids_keep_a_window_of_the_newest_and_a_resend_inside_it_is_a_duplicate()
    {
        var declaration = Road(Ids.Unique("RT"), "acme", [Ids.Container()], [Ids.Unique("L")]);
        var grain = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
        Assert.Equal(DeclareDisposition.Created, (await grain.Declare(declaration)).Disposition);
        var events = Enumerable.Range(0, ConsignmentState.MaxAppliedEvents + 500)
            .Select(i => Event(EventCode.LOAD, T0.AddSeconds(i), declaration.Containers[0], declaration.Id, classifier: EventClassifier.Est))
            .ToList();
        foreach (var chunk in events.Chunk(2000))
        {
            await grain.Apply([.. chunk]);
        }

        var resent = await grain.Apply([.. events.TakeLast(500)]);
        await grain.AsReference<ICheckpointable>().Flush();

        Assert.All(resent, o => Assert.Equal(EventDisposition.Duplicate, o.Disposition));
        using var stored = Stored("consignment", grain);
        Assert.Equal(ConsignmentState.MaxAppliedEvents, stored.RootElement.GetProperty("AppliedEvents").GetArrayLength());
    }

    [Fact]
    public async Task A_containers_timeline_keeps_its_newest_milestones_and_a_resend_inside_them_is_a_duplicate()
    {
        var number = Ids.Container();
        var container = fixture.Grains.GetGrain<IContainerGrain>(number);
        var events = Enumerable.Range(0, ContainerState.MaxTimeline + 100)
            .Select(i => Event(EventCode.LOAD, T0.AddMinutes(i), number, classifier: EventClassifier.Est))
            .ToList();
        foreach (var chunk in events.Chunk(500))
        {
            await container.Apply([.. chunk]);
        }

        var resent = await container.Apply([events[^1]]);
        var view = await container.Get();

        Assert.Equal(EventDisposition.Duplicate, Assert.Single(resent).Disposition);
        Assert.Equal(ContainerState.MaxTimeline, view.Timeline.Length);
        Assert.Equal(events[^1].EventId, view.Timeline[^1].EventId);
        Assert.Equal(events[^ContainerState.MaxTimeline].EventId, view.Timeline[0].EventId);
    }

    [Fact]
    public async Task Ten_thousand_invented_lock_ids_do_not_grow_the_live_index()
    {
        var now = DateTimeOffset.UtcNow;
        var invented = Enumerable.Range(0, 10_000)
            .Select(_ => new LiveItem(LiveItem.KeyOf(LiveKind.Lock, Ids.Unique("FAKE")), LiveKind.Lock, now, null, 36.0, 120.3, Containers: []))
            .ToList();
        var before = (await LiveIndex.Snapshot(fixture.Grains, LiveViews.Overview)).Count;

        foreach (var shard in invented.GroupBy(LiveIndex.ShardOf))
        {
            foreach (var chunk in shard.Chunk(1000))
            {
                await fixture.Grains.Shard(shard.Key).Push([.. chunk]);
            }
        }

        var after = await LiveIndex.Snapshot(fixture.Grains, LiveViews.Overview);
        var ids = invented.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(after, i => ids.Contains(i.Id));
        Assert.True(after.Count <= before + 100, $"the index grew from {before} to {after.Count} items");
    }

    private static JsonDocument Stored(string stateName, IGrain grain) =>
        ClusterFixture.Storage.Stored(stateName, grain.GetGrainId()) ?? throw new InvalidOperationException($"{grain.GetGrainId()} was never written");
}
