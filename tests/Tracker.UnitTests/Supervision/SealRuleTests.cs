using Tracker.Domain.Events;
using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class SealRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_seal_opened_outside_the_unseal_zone_raises_a_critical_OPEN()
    {
        var fixes = new TrackBuilder(51, along: 20_000).Drive(1_000).SetSeal(SealState.Opened).Drive(1_000).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        var open = Assert.Single(replay.Raised);
        Assert.Equal(AnomalyType.OPEN, open.Type);
        Assert.Equal(Severity.Critical, open.Severity);
        Assert.Equal(Replay.LockId, open.Device);
        Assert.Equal(fixes[2].Time, open.At);
        Assert.Equal(fixes[2].Position, open.Position);
        Assert.Equal(fixes[2], open.Evidence.Track[^1]);
        Assert.Equal(fixes[0], open.Evidence.Track[0]);
        Assert.Matches(@"^seal reported opened 9\.\d km from the unsealing zone$", open.Evidence.Summary);
    }

    [Fact]
    public void A_seal_tampered_outside_the_unseal_zone_raises_a_critical_TAMP()
    {
        var fixes = new TrackBuilder(52, along: 20_000).Drive(1_000).SetSeal(SealState.Tampered).Drive(1_000).Fixes;

        var tamper = Assert.Single(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);

        Assert.Equal(AnomalyType.TAMP, tamper.Type);
        Assert.Equal(Severity.Critical, tamper.Severity);
        Assert.StartsWith("seal reported tampered", tamper.Evidence.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seal_opened_inside_the_unseal_zone_raises_nothing_even_when_carried_away_after()
    {
        var fixes = new TrackBuilder(53, along: TestRoute.LengthMeters - 3_000)
            .DriveTo(TestRoute.LengthMeters - 100, 30)
            .SetSeal(SealState.Opened)
            .Stop(10 * Minute)
            .JumpTo(TestRoute.LengthMeters - 5_000, 0)
            .Drive(2_000)
            .Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void A_seal_opened_near_the_unseal_zone_edge_with_noise_raises_nothing()
    {
        // 270 m from the centre of a 300 m zone, 15 m of noise: every fix is inside, some barely.
        var fixes = new TrackBuilder(62, along: TestRoute.LengthMeters - 2_000, noiseMeters: 15)
            .DriveTo(TestRoute.LengthMeters - 400, 30)
            .JumpTo(TestRoute.LengthMeters, 270)
            .SetSeal(SealState.Opened)
            .Stop(20 * Minute)
            .Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void A_tamper_inside_the_unseal_zone_raises_nothing()
    {
        var fixes = new TrackBuilder(54, along: TestRoute.LengthMeters - 1_000)
            .DriveTo(TestRoute.LengthMeters - 100, 30)
            .SetSeal(SealState.Tampered)
            .Stop(5 * Minute)
            .Fixes;

        Assert.Empty(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Seal_opened_is_raised_once_per_episode()
    {
        var fixes = new TrackBuilder(55, along: 10_000).SetSeal(SealState.Opened).DriveFor(30 * Minute, 30).Fixes;
        Assert.Equal(60, fixes.Count);

        Assert.Single(new Replay(TestRoute.Supervisor()).Locks(fixes).Raised);
    }

    [Fact]
    public void Opened_and_tampered_are_separate_episodes()
    {
        var fixes = new TrackBuilder(56, along: 10_000)
            .SetSeal(SealState.Opened).Drive(1_000).SetSeal(SealState.Tampered).Drive(1_000).SetSeal(SealState.Opened).Drive(1_000)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Equal([AnomalyType.OPEN, AnomalyType.TAMP], replay.Raised.Select(a => a.Type));
    }

    [Fact]
    public void Resealing_ends_the_episode_and_a_later_opening_raises_again()
    {
        var fixes = new TrackBuilder(57, along: 10_000)
            .SetSeal(SealState.Opened).Drive(1_000)
            .SetSeal(SealState.Sealed).Drive(1_000)
            .SetSeal(SealState.Opened).Drive(1_000)
            .Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes);

        Assert.Equal(2, replay.RaisedOf(AnomalyType.OPEN).Count);
        var end = Assert.Single(replay.Ended);
        Assert.Equal(AnomalyType.OPEN, end.Type);
        Assert.Equal(Replay.LockId, end.Device);
        Assert.Equal("seal reports sealed again", end.Summary);
    }

    [Fact]
    public void A_late_opened_fix_raises_OPEN_marked_late_at_its_own_time()
    {
        // Issue 13 item 10: before, a late report of an opened seal was dropped.
        var supervisor = TestRoute.Supervisor();
        var fixes = new TrackBuilder(58, along: 10_000).Drive(5_000).Fixes;
        new Replay(supervisor).Locks(fixes);

        var late = supervisor.OnLockFix(Replay.LockId, fixes[3] with { Seal = SealState.Opened });
        var lateTamper = supervisor.OnLockFix(Replay.LockId, fixes[^2] with { Seal = SealState.Tampered });
        var again = supervisor.OnLockFix(Replay.LockId, fixes[3] with { Seal = SealState.Opened });

        var opened = Assert.Single(late.Raised);
        Assert.Equal((AnomalyType.OPEN, fixes[3].Time, true), (opened.Type, opened.At, opened.Late));
        var tampered = Assert.Single(lateTamper.Raised);
        Assert.Equal((AnomalyType.TAMP, fixes[^2].Time, true), (tampered.Type, tampered.At, tampered.Late));
        Assert.Same(SupervisionResult.Empty, again);
    }

    [Fact]
    public void After_the_grain_reports_the_authorised_unseal_an_opened_lock_raises_nothing()
    {
        var supervisor = TestRoute.Supervisor();
        supervisor.OnUnsealed(Replay.LockId);
        var fixes = new TrackBuilder(59, along: 20_000).SetSeal(SealState.Opened).Drive(2_000).Fixes;

        Assert.Empty(new Replay(supervisor).Locks(fixes).Raised);
    }

    [Fact]
    public void A_seal_opened_outside_the_zone_after_arrival_still_raises_OPEN()
    {
        var supervisor = TestRoute.Supervisor();
        supervisor.OnArrived(TestRoute.Start);
        var fixes = new TrackBuilder(60, along: 20_000).SetSeal(SealState.Opened).Drive(2_000).Fixes;

        Assert.Equal(AnomalyType.OPEN, Assert.Single(new Replay(supervisor).Locks(fixes).Raised).Type);
    }

    [Fact]
    public void Each_lock_has_its_own_seal_episode()
    {
        var fixes = new TrackBuilder(61, along: 20_000).SetSeal(SealState.Opened).Drive(2_000).Fixes;

        var replay = new Replay(TestRoute.Supervisor()).Locks(fixes, "LOCK-A").Locks(fixes, "LOCK-B");

        Assert.Equal(["LOCK-A", "LOCK-B"], replay.Raised.Select(a => a.Device));
    }
}
