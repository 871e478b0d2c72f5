using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class LongStopRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Stopping_outside_any_zone_longer_than_the_limit_raises_a_long_stop_with_evidence()
    {
        var fixes = new TrackBuilder(31, along: 20_000).Drive(1_000).Stop(40 * Minute).Drive(1_000).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        var stop = Assert.Single(replay.Raised);
        Assert.Equal(AnomalyType.LSTP, stop.Type);
        Assert.Equal(Severity.Medium, stop.Severity);
        Assert.Equal(Replay.LockId, stop.Device);

        // Stationary from fix 2; the 30 min limit is reached 60 steps later.
        Assert.Equal(fixes[62].Time, stop.At);
        Assert.Equal(fixes[2].Position, stop.Position);
        Assert.Equal(30 * Minute, stop.Evidence.Duration);
        Assert.Equal(0, stop.Evidence.DistanceFromCorridorMeters!.Value, 15.0);
        Assert.Equal(fixes[2], stop.Evidence.Track[0]);
        Assert.Equal(fixes[62], stop.Evidence.Track[^1]);
        Assert.Equal("stopped for 30 min outside any rest, seal or unseal zone", stop.Evidence.Summary);

        var end = Assert.Single(replay.Ended);
        Assert.Equal(AnomalyType.LSTP, end.Type);
        Assert.Equal(fixes[82].Time, end.At);
        Assert.Equal("moving again after 39 min stopped", end.Summary);
    }

    [Fact]
    public void A_stop_shorter_than_the_limit_raises_nothing()
    {
        var fixes = new TrackBuilder(32, along: 20_000).Drive(1_000).Stop(29 * Minute).Drive(1_000).Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Stopping_in_a_rest_zone_raises_nothing()
    {
        var fixes = new TrackBuilder(33, along: 13_000).DriveTo(TestRoute.RestAlongMeters).Stop(90 * Minute).Drive(2_000).Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Stopping_at_a_rest_zone_edge_with_noise_raises_nothing()
    {
        // 190 m from the centre of a 200 m zone: noise puts some fixes outside it.
        var fixes = new TrackBuilder(34, along: 13_000, noiseMeters: 15)
            .DriveTo(TestRoute.RestAlongMeters - 500)
            .JumpTo(TestRoute.RestAlongMeters, 190)
            .Stop(90 * Minute)
            .Fixes;
        Assert.Contains(fixes, f => !TestRoute.RestZone.Area.Contains(f.Position));

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Stopping_in_the_seal_zone_before_departure_raises_nothing()
    {
        var fixes = new TrackBuilder(35).Stop(2 * 60 * Minute).Drive(3_000).Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Long_stop_is_raised_once_per_stop()
    {
        var fixes = new TrackBuilder(36, along: 20_000).Drive(1_000).Stop(3 * 60 * Minute).Fixes;

        Assert.Single(new Replay(TestRoute.Supervisor()).Locks(fixes).RaisedOf(AnomalyType.LSTP));
    }

    [Fact]
    public void Moving_again_ends_the_stop_and_a_later_stop_raises_again()
    {
        var fixes = new TrackBuilder(37, along: 20_000)
            .Drive(1_000).Stop(40 * Minute).Drive(2_000).Stop(35 * Minute).Drive(1_000)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Equal(2, replay.RaisedOf(AnomalyType.LSTP).Count);
        Assert.Equal(2, replay.EndedOf(AnomalyType.LSTP).Count);
        Assert.True(replay.Raised[1].At > replay.Ended[0].At);
    }

    [Fact]
    public void Without_reported_speeds_a_lock_that_stays_put_is_stopped()
    {
        var fixes = new TrackBuilder(38, along: 20_000) { ReportsSpeed = false }.Drive(1_000).Stop(40 * Minute).Drive(1_000).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Single(replay.RaisedOf(AnomalyType.LSTP));
        Assert.Single(replay.EndedOf(AnomalyType.LSTP));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(10)]
    public void Without_reported_speeds_a_moving_lock_is_not_stopped(double kmh)
    {
        var fixes = new TrackBuilder(39, along: 5_000, noiseMeters: 15) { ReportsSpeed = false }.DriveFor(60 * Minute, kmh).Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Crawling_through_a_jam_below_the_stop_speed_is_not_a_long_stop()
    {
        // 3 km/h for an hour: every fix reports "stationary" speeds, but the truck makes 3 km.
        var fixes = new TrackBuilder(40, along: 20_000).DriveFor(60 * Minute, 3).Fixes;
        Assert.All(fixes, f => Assert.True(f.SpeedKmh < 5));

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void A_silence_is_not_read_as_part_of_a_stop()
    {
        var track = new TrackBuilder(41, along: 20_000).Drive(1_000).Stop(5 * Minute).Silence(40 * Minute).Stop(20 * Minute);
        var silentPart = track.Fixes.Count;

        var replay = new Replay(TestRoute.Supervisor()).Locks(track.Fixes);
        Assert.Empty(replay.Raised);

        // The stop counts again from the first fix after the gap.
        track.Stop(15 * Minute);
        replay.Locks(track.Fixes.Skip(silentPart));
        var stop = Assert.Single(replay.Raised);
        Assert.Equal(30 * Minute, stop.Evidence.Duration);
    }

    [Fact]
    public void Late_stationary_fixes_never_raise_a_long_stop()
    {
        var moving = new TrackBuilder(42, along: 5_000).DriveFor(60 * Minute, 15).Fixes;
        var parked = new TrackBuilder(43, along: 25_000).Stop(45 * Minute).Fixes;
        var supervisor = TestRoute.Supervisor();

        var replay = new Replay(supervisor).Locks(moving);
        var late = parked.Select(f => supervisor.OnLockFix(Replay.LockId, f)).ToList();

        Assert.Empty(replay.Raised);
        Assert.All(late, r => Assert.True(r.IsEmpty));
    }

    [Fact]
    public void A_stop_after_arrival_raises_nothing()
    {
        var supervisor = TestRoute.Supervisor();
        supervisor.OnArrived(TestRoute.Start);

        var fixes = new TrackBuilder(44, along: 20_000).Stop(60 * Minute).Fixes;

        Assert.Empty(new Replay(supervisor).Locks(fixes).Raised);
    }

    [Fact]
    public void The_stop_radius_keeps_a_parked_lock_in_one_stop_despite_noise()
    {
        var fixes = new TrackBuilder(45, along: 20_000, noiseMeters: 15).Stop(2 * 60 * Minute).Fixes;
        var anchor = fixes[0].Position;
        Assert.All(fixes, f => Assert.True(GeoPosition.DistanceMeters(anchor, f.Position) < 100));

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Single(replay.Raised);
        Assert.Empty(replay.Ended);
    }
}
