using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class NextCheckTests
{
    private static readonly DateTimeOffset Deadline = TestRoute.Start.AddHours(2);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void With_no_fix_the_next_check_is_the_deadline_plus_grace()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);

        Assert.Equal(Deadline + 15 * Minute, supervisor.NextCheck);
    }

    [Fact]
    public void An_active_lock_brings_the_next_check_to_its_last_fix_plus_the_signal_lost_limit()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);
        var fixes = new TrackBuilder(91, along: 20_000).Drive(2_000).Fixes;
        new Replay(supervisor).Locks(fixes);

        Assert.Equal(fixes[^1].Time + 10 * Minute, supervisor.NextCheck);
    }

    [Fact]
    public void The_clock_at_the_next_check_raises_what_was_due()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);
        new Replay(supervisor).Locks(new TrackBuilder(92, along: 20_000).Drive(2_000).Fixes);

        var atSignalLost = supervisor.OnClock(supervisor.NextCheck!.Value);
        var atOverdue = supervisor.OnClock(supervisor.NextCheck!.Value);

        Assert.Equal(AnomalyType.SLOS, Assert.Single(atSignalLost.Raised).Type);
        Assert.Equal(AnomalyType.OVRD, Assert.Single(atOverdue.Raised).Type);
        Assert.Null(supervisor.NextCheck);
    }

    [Fact]
    public void The_earliest_of_several_locks_counts()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);
        var fixes = new TrackBuilder(93, along: 20_000).Drive(5_000).Fixes;
        new Replay(supervisor).Locks(fixes.Take(3), "LOCK-A").Locks(fixes, "LOCK-B");

        Assert.Equal(fixes[2].Time + 10 * Minute, supervisor.NextCheck);
    }

    [Fact]
    public void After_arrival_nothing_is_pending()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);
        new Replay(supervisor).Locks(new TrackBuilder(94, along: 20_000).Drive(2_000).Fixes);

        supervisor.OnArrived(TestRoute.Start.AddHours(1));

        Assert.Null(supervisor.NextCheck);
    }
}
