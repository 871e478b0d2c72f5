using System.Collections.Immutable;
using Tracker.Grains.Checkpoints;

namespace Tracker.ClusterTests;

/// <summary>
/// The checkpoint clock's replay requests: a silo that lost a grain's unwritten changes asks
/// every silo to replay its journal, and holds its journal back until each one has.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class CheckpointClockTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_replay_request_counts_as_answered_only_once_every_silo_replayed_after_it()
    {
        // A clock of its own (the silos' clock is key 0), so no other test's silos answer here.
        var clock = fixture.Grains.GetGrain<ICheckpointClockGrain>(Random.Shared.NextInt64(1, long.MaxValue));
        ImmutableArray<string> silos = ["silo-a", "silo-b"];
        var asked = await clock.Now();
        await clock.RequestReplay(asked);
        Assert.Equal(asked, await clock.ReplayRequested());

        await clock.Replayed("silo-a", asked);
        Assert.False(await clock.AllReplayed(silos, asked));

        // An answer to an older request does not count for this one.
        await clock.Replayed("silo-b", asked - 1);
        Assert.False(await clock.AllReplayed(silos, asked));

        await clock.Replayed("silo-b", asked);
        Assert.True(await clock.AllReplayed(silos, asked));

        // Asked again (the clock may have lost its memory meanwhile): never goes back.
        await clock.RequestReplay(asked - 5);
        Assert.Equal(asked, await clock.ReplayRequested());
    }
}
