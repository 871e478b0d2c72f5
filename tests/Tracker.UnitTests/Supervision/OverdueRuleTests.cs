using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class OverdueRuleTests
{
    private static readonly DateTimeOffset Deadline = TestRoute.Start.AddHours(2);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    [Fact]
    public void Not_arrived_by_the_deadline_plus_grace_raises_overdue_on_the_clock_without_any_fix()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);

        Assert.True(supervisor.OnClock(Deadline + Grace - TimeSpan.FromSeconds(1)).IsEmpty);
        var overdue = Assert.Single(supervisor.OnClock(Deadline + Grace).Raised);

        Assert.Equal(AnomalyType.OVRD, overdue.Type);
        Assert.Equal(Severity.High, overdue.Severity);
        Assert.Null(overdue.Device);
        Assert.Null(overdue.Position);
        Assert.Equal(Deadline + Grace, overdue.At);
        Assert.Equal(Grace, overdue.Evidence.Duration);
        Assert.Empty(overdue.Evidence.Track);
        Assert.Equal("not arrived 15 min after the deadline of 2025-03-10 10:00 UTC", overdue.Evidence.Summary);
    }

    [Fact]
    public void Overdue_is_raised_once()
    {
        var replay = new Replay(TestRoute.Supervisor(deadline: Deadline));

        for (var t = TestRoute.Start; t < Deadline.AddHours(5); t += TimeSpan.FromMinutes(5))
        {
            replay.Clock(t);
        }

        Assert.Single(replay.RaisedOf(AnomalyType.OVRD));
    }

    [Fact]
    public void Overdue_points_at_the_freshest_lock_position()
    {
        var supervisor = TestRoute.Supervisor(deadline: TestRoute.Start);
        var fixes = new TrackBuilder(81, along: 20_000).Drive(2_000).Fixes;
        var replay = new Replay(supervisor).Locks(fixes);

        replay.Clock(fixes[^1].Time + TimeSpan.FromMinutes(20));

        var overdue = Assert.Single(replay.RaisedOf(AnomalyType.OVRD));
        Assert.Equal(fixes[^1].Position, overdue.Position);
        Assert.Equal(fixes[^1], overdue.Evidence.Track[^1]);
    }

    [Fact]
    public void Arrival_after_overdue_ends_it_saying_how_late()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);
        supervisor.OnClock(Deadline + Grace);

        var result = supervisor.OnArrived(Deadline.AddHours(1).AddMinutes(5));

        var end = Assert.Single(result.Ended);
        Assert.Equal(AnomalyType.OVRD, end.Type);
        Assert.Null(end.Device);
        Assert.Equal("arrived 1 h 5 min after the deadline", end.Summary);
    }

    [Fact]
    public void Arrival_before_the_deadline_means_overdue_is_never_raised()
    {
        var supervisor = TestRoute.Supervisor(deadline: Deadline);

        Assert.True(supervisor.OnArrived(Deadline.AddMinutes(-10)).IsEmpty);

        Assert.True(supervisor.OnClock(Deadline.AddHours(3)).IsEmpty);
    }

    [Fact]
    public void The_grace_is_per_mode_and_overridable()
    {
        var water = new Supervisor(TestRoute.Plan(mode: Tracker.Domain.Transit.ConsignmentMode.Water, deadline: Deadline));
        var strict = TestRoute.Supervisor(RuleSettings.For(Tracker.Domain.Transit.ConsignmentMode.Road) with { OverdueGrace = TimeSpan.Zero }, Deadline);

        Assert.True(water.OnClock(Deadline.AddMinutes(90)).IsEmpty);
        Assert.Single(water.OnClock(Deadline.AddHours(2)).Raised);
        Assert.Single(strict.OnClock(Deadline).Raised);
    }

    [Fact]
    public void A_deadline_at_the_end_of_the_calendar_never_comes_due_and_never_throws()
    {
        // Deadline plus grace lies past 9999-12-31: it saturates instead of overflowing, so nothing is due.
        var endOfCalendar = new DateTimeOffset(9999, 12, 31, 23, 50, 0, TimeSpan.Zero);
        var supervisor = TestRoute.Supervisor(deadline: endOfCalendar);

        Assert.Equal(DateTimeOffset.MaxValue, supervisor.NextCheck);
        Assert.True(supervisor.OnClock(TestRoute.Start.AddDays(30)).IsEmpty);
        Assert.True(supervisor.OnArrived(TestRoute.Start.AddDays(31)).IsEmpty);
    }
}
