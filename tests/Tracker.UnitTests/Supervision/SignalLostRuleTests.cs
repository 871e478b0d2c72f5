using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class SignalLostRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static (Supervisor Supervisor, IReadOnlyList<Observation> Fixes) Reported(int seed = 71)
    {
        var supervisor = TestRoute.Supervisor();
        var fixes = new TrackBuilder(seed, along: 20_000).DriveFor(5 * Minute, 30).Fixes;
        new Replay(supervisor).Locks(fixes);
        return (supervisor, fixes);
    }

    [Fact]
    public void An_active_lock_silent_for_the_limit_raises_signal_lost_on_the_clock()
    {
        var (supervisor, fixes) = Reported();
        var last = fixes[^1];

        Assert.True(supervisor.OnClock(last.Time + 10 * Minute - TimeSpan.FromSeconds(1)).IsEmpty);
        var lost = Assert.Single(supervisor.OnClock(last.Time + 10 * Minute).Raised);

        Assert.Equal(AnomalyType.SLOS, lost.Type);
        Assert.Equal(Severity.Medium, lost.Severity);
        Assert.Equal(Replay.LockId, lost.Device);
        Assert.Equal(last.Time + 10 * Minute, lost.At);
        Assert.Equal(last.Position, lost.Position);
        Assert.Equal(10 * Minute, lost.Evidence.Duration);
        Assert.Equal(last, lost.Evidence.Track[^1]);
        Assert.Equal("no fix for 10 min since 2025-03-10 08:05 UTC (limit 10 min)", lost.Evidence.Summary);
    }

    [Fact]
    public void Signal_lost_is_raised_once_per_silence()
    {
        var (supervisor, fixes) = Reported();
        var replay = new Replay(supervisor);

        for (var t = fixes[^1].Time; t < fixes[^1].Time + TimeSpan.FromHours(2); t += Minute)
        {
            replay.Clock(t);
        }

        Assert.Single(replay.RaisedOf(AnomalyType.SLOS));
    }

    [Fact]
    public void The_next_fix_ends_signal_lost_and_a_later_silence_raises_again()
    {
        var (supervisor, fixes) = Reported();
        var replay = new Replay(supervisor).Clock(fixes[^1].Time + 12 * Minute);
        var back = fixes[^1] with { Time = fixes[^1].Time + 25 * Minute };

        replay.Locks([back]);
        replay.Clock(back.Time + 9 * Minute).Clock(back.Time + 10 * Minute);

        Assert.Equal(2, replay.RaisedOf(AnomalyType.SLOS).Count);
        var end = Assert.Single(replay.Ended);
        Assert.Equal(AnomalyType.SLOS, end.Type);
        Assert.Equal(back.Time, end.At);
        Assert.Equal("signal back after 25 min without a fix", end.Summary);
    }

    [Fact]
    public void Fixes_just_inside_the_limit_never_raise_signal_lost()
    {
        // A lock reporting every 9 min, parked in the rest area, with the clock ticking every minute.
        var fixes = new TrackBuilder(72, along: TestRoute.RestAlongMeters, step: 9 * Minute).Stop(TimeSpan.FromHours(3)).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Live(fixes, clockEvery: Minute);

        Assert.Empty(replay.Raised);
    }

    [Fact]
    public void A_lock_that_never_reported_is_not_signal_lost()
    {
        var supervisor = TestRoute.Supervisor();

        Assert.True(supervisor.OnClock(TestRoute.Start + TimeSpan.FromHours(3)).IsEmpty);
    }

    [Fact]
    public void Only_the_silent_lock_is_reported()
    {
        var supervisor = TestRoute.Supervisor();
        var track = new TrackBuilder(73, along: 20_000).DriveFor(30 * Minute, 30).Fixes;
        var replay = new Replay(supervisor).Locks(track.Take(4), "LOCK-A").Locks(track, "LOCK-B");

        replay.Clock(track[^1].Time);

        var lost = Assert.Single(replay.Raised);
        Assert.Equal("LOCK-A", lost.Device);
    }

    [Fact]
    public void A_late_fix_neither_raises_nor_ends_signal_lost()
    {
        var (supervisor, fixes) = Reported();
        var replay = new Replay(supervisor).Clock(fixes[^1].Time + 15 * Minute);

        var late = supervisor.OnLockFix(Replay.LockId, fixes[2]);

        Assert.Same(SupervisionResult.Empty, late);
        Assert.Single(replay.Raised);
        Assert.True(supervisor.OnClock(fixes[^1].Time + 30 * Minute).IsEmpty);
    }

    [Fact]
    public void No_signal_lost_after_arrival()
    {
        var (supervisor, fixes) = Reported();

        supervisor.OnArrived(fixes[^1].Time);

        Assert.True(supervisor.OnClock(fixes[^1].Time + TimeSpan.FromHours(5)).IsEmpty);
    }

    [Fact]
    public void A_rail_lock_gets_the_longer_rail_limit()
    {
        var supervisor = new Supervisor(TestRoute.Plan(mode: Tracker.Domain.Transit.ConsignmentMode.Rail));
        var fixes = new TrackBuilder(74, along: 20_000).DriveFor(5 * Minute, 30).Fixes;
        new Replay(supervisor).Locks(fixes);

        Assert.True(supervisor.OnClock(fixes[^1].Time + 15 * Minute).IsEmpty);
        Assert.Equal(AnomalyType.SLOS, Assert.Single(supervisor.OnClock(fixes[^1].Time + 20 * Minute).Raised).Type);
    }
}
