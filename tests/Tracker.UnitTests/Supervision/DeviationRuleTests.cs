using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class DeviationRuleTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Three fixes on the corridor, one jump 1 km to the side, 12 fixes along a parallel road, one back, five more on
    /// the corridor: 13 fixes (6.5 min) outside, then 2.5 min inside.
    /// </summary>
    private static TrackBuilder Excursion(int seed = 7, TimeSpan? outside = null, double offset = 1_000, double kmh = 40)
    {
        var step = kmh / 3.6 * Step.TotalSeconds;
        return new TrackBuilder(seed, along: 10_000)
            .Drive(3 * step, kmh)
            .Veer(offset, step, kmh)
            .DriveFor(outside ?? TimeSpan.FromMinutes(6), kmh)
            .Veer(0, step, kmh)
            .Drive(5 * step, kmh);
    }

    [Fact]
    public void Leaving_the_corridor_for_longer_than_the_tolerance_raises_a_deviation_with_evidence()
    {
        var fixes = Excursion().Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        var deviation = Assert.Single(replay.Raised);
        Assert.Equal(AnomalyType.RDEV, deviation.Type);
        Assert.Equal(Severity.High, deviation.Severity);
        Assert.Equal(Replay.LockId, deviation.Device);

        // Outside from fix 3; the tolerance of 3 min is reached six 30 s steps later.
        Assert.Equal(fixes[9].Time, deviation.At);
        Assert.Equal(fixes[9].Position, deviation.Position);
        Assert.Equal(TimeSpan.FromMinutes(3), deviation.Evidence.Duration);
        Assert.InRange(deviation.Evidence.DistanceFromCorridorMeters!.Value, 700 - 15, 700 + 15);
        Assert.Equal(fixes.Skip(3).Take(7), deviation.Evidence.Track);
        Assert.Matches(@"^\d{3} m outside the corridor for 3 min$", deviation.Evidence.Summary);
    }

    [Fact]
    public void An_excursion_shorter_than_the_tolerance_raises_nothing()
    {
        var fixes = Excursion(outside: TimeSpan.FromMinutes(2)).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Empty(replay.Raised);
        Assert.Empty(replay.Ended);
    }

    [Theory]
    [InlineData(300, 15, 11)]
    [InlineData(-300, 15, 12)]
    [InlineData(290, 15, 13)]
    [InlineData(-310, 10, 14)]
    public void A_track_hugging_the_buffer_edge_with_noise_raises_nothing(double offset, double noise, int seed)
    {
        var fixes = new TrackBuilder(seed, along: 2_000, noiseMeters: noise)
            .JumpTo(2_000, offset)
            .DriveFor(TimeSpan.FromMinutes(75), 20)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Empty(replay.RaisedOf(AnomalyType.RDEV));
        Assert.Empty(replay.Ended);
    }

    [Fact]
    public void Noise_at_the_entry_threshold_raises_one_deviation_and_no_storm()
    {
        // 200 m beyond a 300 m buffer is the entry threshold: noise crosses it on every other fix.
        var fixes = new TrackBuilder(21, along: 2_000, noiseMeters: 15)
            .JumpTo(2_000, 500)
            .DriveFor(TimeSpan.FromMinutes(60), 20)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Single(replay.RaisedOf(AnomalyType.RDEV));
        Assert.Empty(replay.EndedOf(AnomalyType.RDEV));
    }

    [Fact]
    public void Deviation_is_raised_once_per_episode()
    {
        var fixes = Excursion(outside: TimeSpan.FromMinutes(40), offset: 2_000, kmh: 20).Fixes;
        Assert.True(fixes.Count > 80);

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Single(replay.RaisedOf(AnomalyType.RDEV));
    }

    [Fact]
    public void Returning_for_the_return_tolerance_ends_the_episode_and_a_later_departure_raises_again()
    {
        var track = Excursion();
        track.Drive(1_000, 40).Veer(1_000, 333, 40).DriveFor(TimeSpan.FromMinutes(4), 40).Veer(0, 333, 40).Drive(1_667, 40);
        var fixes = track.Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Equal(2, replay.RaisedOf(AnomalyType.RDEV).Count);
        Assert.Equal(2, replay.EndedOf(AnomalyType.RDEV).Count);
        var first = replay.EndedOf(AnomalyType.RDEV)[0];
        Assert.Equal(Replay.LockId, first.Device);

        // Back at fix 16 (13 steps after leaving at fix 3): the end is dated at the return, once it has lasted 2 min.
        Assert.Equal(fixes[16].Time, first.At);
        Assert.StartsWith("back inside the corridor after 6 min outside", first.Summary, StringComparison.Ordinal);
        Assert.True(replay.Raised[1].At > first.At);
    }

    [Fact]
    public void A_return_shorter_than_the_return_tolerance_keeps_one_episode()
    {
        var fixes = new TrackBuilder(5, along: 10_000)
            .Veer(1_000, 333, 40)
            .DriveFor(TimeSpan.FromMinutes(5), 40)
            .Veer(0, 333, 40)
            .Drive(333, 40) // 1 min inside: less than the 2 min that ends an episode
            .Veer(1_000, 333, 40)
            .DriveFor(TimeSpan.FromMinutes(5), 40)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Single(replay.RaisedOf(AnomalyType.RDEV));
        Assert.Empty(replay.EndedOf(AnomalyType.RDEV));
    }

    [Fact]
    public void Late_fixes_are_evaluated_in_time_order_and_raise_the_deviation_they_show_marked_late_at_its_event_time()
    {
        // Issue 13 item 10: before, late fixes were dropped and this excursion raised nothing.
        var fixes = Excursion().Fixes;
        var inside = fixes.Take(3).Concat(fixes.Skip(16)).ToList();
        var outside = fixes.Skip(3).Take(13).ToList();
        var inOrder = Assert.Single(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);

        var replay = new Replay(TestRoute.Supervisor()).Locks(inside).Locks(outside);

        Assert.DoesNotContain(replay.Raised, a => !a.Late);
        var deviation = Assert.Single(replay.RaisedOf(AnomalyType.RDEV));
        Assert.True(deviation.Late);
        Assert.Equal(inOrder.At, deviation.At);
        Assert.Equal(inOrder.Position, deviation.Position);
    }

    [Fact]
    public void Late_fixes_inside_the_corridor_do_not_end_or_interrupt_a_deviation()
    {
        var fixes = Excursion().Fixes;
        var supervisor = TestRoute.Supervisor();
        var replay = new Replay(supervisor);

        // Every outside fix is followed by a late fix on the corridor from before the excursion (in time order, it
        // changes nothing after it).
        var n = 0;
        foreach (var fix in fixes.Take(16))
        {
            replay.Locks([fix, fixes[0] with { Time = fixes[0].Time + TimeSpan.FromSeconds(++n) }]);
        }

        var deviation = Assert.Single(replay.Raised);
        Assert.Equal(fixes[9].Time, deviation.At);
        Assert.Empty(replay.Ended);
    }

    [Fact]
    public void A_gap_in_the_fixes_is_not_counted_as_time_outside()
    {
        var track = new TrackBuilder(3, along: 10_000).Veer(1_000, 333, 40).Drive(333, 40);
        var beforeGap = track.Fixes.Count;
        track.Silence(TimeSpan.FromMinutes(30)).DriveFor(TimeSpan.FromMinutes(4), 40);
        var fixes = track.Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        // Outside before and after 30 silent minutes: the episode starts again at the first fix after the gap.
        var deviation = Assert.Single(replay.RaisedOf(AnomalyType.RDEV));
        Assert.Equal(fixes[beforeGap].Time + TimeSpan.FromMinutes(3), deviation.At);
        Assert.Equal(TimeSpan.FromMinutes(3), deviation.Evidence.Duration);
        Assert.Equal(fixes[beforeGap], deviation.Evidence.Track[0]);
    }

    [Fact]
    public void Without_a_corridor_route_deviation_is_not_checked()
    {
        var plan = TestRoute.Plan() with { CorridorPath = [] };

        var replay = new Replay(new Supervisor(plan)).Locks(Excursion().Fixes);

        Assert.Empty(replay.Raised);
    }

    [Fact]
    public void A_wider_deviation_distance_set_for_the_consignment_is_respected()
    {
        var settings = RuleSettings.For(Tracker.Domain.Transit.ConsignmentMode.Road) with { DeviationDistanceMeters = 800 };

        var replay = new Replay(TestRoute.Supervisor(settings)).Locks(Excursion().Fixes);

        Assert.Empty(replay.Raised);
    }

    [Fact]
    public void Long_track_excerpts_keep_the_first_fix_and_the_latest_ones()
    {
        var settings = RuleSettings.For(Tracker.Domain.Transit.ConsignmentMode.Road) with { DeviationTolerance = TimeSpan.FromMinutes(40) };
        var fixes = Excursion(outside: TimeSpan.FromMinutes(45), kmh: 20).Fixes;

        var deviation = Assert.Single(new Replay(TestRoute.Supervisor(settings)).Locks(fixes).Raised);

        var track = deviation.Evidence.Track;
        Assert.Equal(50, track.Count);
        Assert.Equal(fixes[3], track[0]);
        Assert.Equal(fixes.Single(f => f.Time == deviation.At), track[^1]);
        Assert.Equal(Step, track[^1].Time - track[^2].Time);
    }
}
