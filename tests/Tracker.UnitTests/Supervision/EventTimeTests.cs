using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

/// <summary>
/// Issue 13 item 10: fixes are evaluated in event time, whatever order they arrive in. The same fixes, shuffled and
/// duplicated, raise and end the same episodes; a late batch raises its alert marked late, at the fix's time.
/// </summary>
public sealed class EventTimeTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Leaves the corridor for ten minutes, comes back, then stops 40 minutes outside any zone.</summary>
    private static IReadOnlyList<Observation> Trip() =>
        new TrackBuilder(11)
            .DriveTo(10_000, 60)
            .Veer(1_000, 333, 40)
            .DriveFor(9.5 * Minute, 40)
            .Veer(0, 333, 40)
            .DriveTo(14_000, 60)
            .Stop(40 * Minute)
            .DriveTo(16_000, 60)
            .Fixes;

    private static string[] Outcome(Replay replay) =>
        [.. replay.Raised.Select(a => $"raised {a.Type}").Concat(replay.Ended.Select(e => $"ended {e.Type}")).Order(StringComparer.Ordinal)];

    [Fact]
    public void In_time_order_the_trip_raises_a_deviation_and_a_long_stop()
    {
        var replay = new Replay(TestRoute.Supervisor()).Locks(Trip());

        Assert.Equal(["ended LSTP", "ended RDEV", "raised LSTP", "raised RDEV"], Outcome(replay));
        Assert.All(replay.Raised, a => Assert.False(a.Late));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_same_fixes_shuffled_and_duplicated_raise_and_end_the_same_episodes(int seed)
    {
        var fixes = Trip();
        var expected = Outcome(new Replay(TestRoute.Supervisor()).Locks(fixes));
        var random = new Random(seed);

        // Every fix once or twice, in a random order.
        var arriving = fixes.Concat(fixes.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToList();
        var replay = new Replay(TestRoute.Supervisor()).Locks(arriving);

        Assert.Equal(expected, Outcome(replay));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Batches_uploaded_out_of_order_raise_the_same_episodes(int seed)
    {
        var fixes = Trip();
        var expected = Outcome(new Replay(TestRoute.Supervisor()).Locks(fixes));
        var random = new Random(seed);

        // A lock out of coverage uploads its buffer in chunks, newest chunk first, while live fixes keep coming.
        var chunks = fixes.Chunk(15).ToList();
        var arriving = chunks.Select((c, i) => (c, Key: random.Next(chunks.Count))).OrderBy(x => x.Key).SelectMany(x => x.c);
        var replay = new Replay(TestRoute.Supervisor()).Locks(arriving);

        Assert.Equal(expected, Outcome(replay));
    }

    [Fact]
    public void A_supervisor_rebuilt_from_its_persisted_state_still_places_a_late_fix()
    {
        var fixes = Trip();
        var inOrder = new Replay(TestRoute.Supervisor()).Locks(fixes);
        var (from, to) = (inOrder.RaisedOf(AnomalyType.RDEV)[0].Evidence.Track[0].Time, inOrder.EndedOf(AnomalyType.RDEV)[0].At);
        var deviationFixes = fixes.Where(f => f.Time >= from && f.Time < to).ToHashSet();
        var first = new Replay(TestRoute.Supervisor()).Locks(fixes.Where(f => !deviationFixes.Contains(f)));

        var json = System.Text.Json.JsonSerializer.Serialize(first.Supervisor.State);
        var restored = new Replay(new Supervisor(TestRoute.Plan(), System.Text.Json.JsonSerializer.Deserialize<SupervisorState>(json)));
        restored.Locks(deviationFixes.OrderBy(f => f.Time));

        var late = Assert.Single(restored.RaisedOf(AnomalyType.RDEV));
        Assert.True(late.Late);
        Assert.Equal(inOrder.RaisedOf(AnomalyType.RDEV)[0].At, late.At);
    }
}
