using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Locks;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

[Collection(ClusterTestGroup.Name)]
public sealed class LockGrainTests(ClusterFixture fixture)
{
    private static LockFix Fix(long seq, int minute, double lat = 36.0, SealState seal = SealState.Sealed) =>
        new(seq, T0.AddMinutes(minute), lat, 120.3, 40, 90, seal, 80);

    [Fact]
    public async Task Repeated_fixes_are_counted_as_duplicates_and_stored_once()
    {
        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(Ids.Unique("L"));
        var batch = ImmutableArray.Create(Fix(1, 0), Fix(2, 1), Fix(2, 1));

        var first = await grain.Report(batch);
        var again = await grain.Report(batch);

        Assert.Equal((2, 1), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 3), (again.Accepted, again.Duplicates));
        Assert.Equal([1L, 2L], (await grain.GetTrack(null, null, null)).Select(p => p.Seq));
    }

    [Fact]
    public async Task A_late_fix_joins_the_track_in_time_order_but_never_moves_the_lock_back()
    {
        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(Ids.Unique("L"));
        await grain.Report([Fix(1, 0, 36.0), Fix(3, 10, 36.2, SealState.Opened)]);
        await grain.Report([Fix(2, 5, 36.1)]);

        var view = await grain.Get();
        Assert.Equal(36.2, view.LastFix!.Lat);
        Assert.Equal(SealState.Opened, view.Seal);
        Assert.Equal([36.0, 36.1, 36.2], (await grain.GetTrack(null, null, null)).Select(p => p.Lat));
        Assert.Equal([36.1], (await grain.GetTrack(null, T0.AddMinutes(4), T0.AddMinutes(6))).Select(p => p.Lat));
    }

    [Fact]
    public async Task A_lock_in_use_cannot_be_bound_to_another_consignment_until_released()
    {
        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(Ids.Unique("L"));
        Assert.Null(await grain.Bind(new LockBinding("C1", "CSQU3054383")));
        Assert.Null(await grain.Bind(new LockBinding("C1", "CSQU3054383")));
        Assert.Contains("C1", await grain.Bind(new LockBinding("C2", "CSQU3054383")));

        await grain.Release("C1");
        Assert.Null(await grain.Bind(new LockBinding("C2", "CSQU3054383")));
    }

    [Fact]
    public async Task Lock_state_and_dedupe_survive_deactivation()
    {
        var id = Ids.Unique("L");
        await fixture.Grains.GetGrain<ISmartLockGrain>(id).Report([Fix(1, 0), Fix(2, 1, 36.05)]);

        await fixture.DeactivateAll();

        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(id);
        var view = await grain.Get();
        Assert.Equal((36.05, 2L), (view.LastFix!.Lat, view.Reports));
        Assert.Equal((0, 1), ((await grain.Report([Fix(2, 1)])).Accepted, (await grain.Report([Fix(1, 0)])).Duplicates));
    }

    [Fact]
    public async Task Fixes_are_written_at_the_checkpoint_once_and_nothing_new_writes_nothing()
    {
        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(Ids.Unique("L"));
        await grain.Report([Fix(1, 0), Fix(2, 1)]);
        var beforeCheckpoint = ClusterFixture.Storage.WritesOf(grain.GetGrainId());
        await grain.AsReference<ICheckpointable>().Flush();
        var afterCheckpoint = ClusterFixture.Storage.WritesOf(grain.GetGrainId());

        await grain.Report([Fix(1, 0), Fix(2, 1)]);
        await grain.AsReference<ICheckpointable>().Flush();

        Assert.Equal((0, 1), (beforeCheckpoint, afterCheckpoint));
        Assert.Equal(afterCheckpoint, ClusterFixture.Storage.WritesOf(grain.GetGrainId()));
    }
}
