using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class ArrivalTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Arrival_ends_the_open_en_route_episodes()
    {
        var supervisor = TestRoute.Supervisor(deadline: TestRoute.Start);
        var outside = new TrackBuilder(111, along: 10_000).Veer(1_000, 333, 40).DriveFor(5 * Minute, 40).Fixes;
        var parked = new TrackBuilder(112, along: 22_000).Stop(35 * Minute).Fixes;
        var replay = new Replay(supervisor).Locks(outside, "LOCK-A").Locks(parked, "LOCK-B");
        replay.Clock(parked[^1].Time + 15 * Minute);
        Assert.Equal(
            [AnomalyType.RDEV, AnomalyType.LSTP, AnomalyType.SLOS, AnomalyType.SLOS, AnomalyType.OVRD],
            replay.Raised.Select(a => a.Type));

        var arrived = supervisor.OnArrived(parked[^1].Time + 20 * Minute);

        Assert.Equal(
            [(AnomalyType.RDEV, "LOCK-A"), (AnomalyType.SLOS, "LOCK-A"), (AnomalyType.LSTP, "LOCK-B"), (AnomalyType.SLOS, "LOCK-B"), (AnomalyType.OVRD, null)],
            arrived.Ended.Select(e => (e.Type, e.Device)));
        Assert.Equal("closed by the transit's arrival", arrived.Ended[0].Summary);
    }

    [Fact]
    public void After_arrival_no_deviation_stop_signal_lost_or_overdue_is_raised()
    {
        var supervisor = TestRoute.Supervisor(deadline: TestRoute.Start);
        supervisor.OnArrived(TestRoute.Start);
        var fixes = new TrackBuilder(113, along: 10_000).Veer(1_000, 333, 40).DriveFor(10 * Minute, 40).Stop(60 * Minute).Fixes;

        var replay = new Replay(supervisor).Live(fixes, clockEvery: Minute);
        replay.Clock(fixes[^1].Time + TimeSpan.FromHours(3));

        Assert.Empty(replay.Raised);
        Assert.Null(supervisor.NextCheck);
    }

    [Fact]
    public void A_second_arrival_changes_nothing()
    {
        var supervisor = TestRoute.Supervisor(deadline: TestRoute.Start);
        supervisor.OnClock(TestRoute.Start.AddHours(1));

        Assert.Single(supervisor.OnArrived(TestRoute.Start.AddHours(2)).Ended);
        Assert.Same(SupervisionResult.Empty, supervisor.OnArrived(TestRoute.Start.AddHours(3)));
        Assert.Equal(TestRoute.Start.AddHours(2), supervisor.State.ArrivedAt);
    }
}
