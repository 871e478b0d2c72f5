using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;

namespace Tracker.UnitTests.Supervision;

public class ConnectionRuleTests
{
    private static readonly DateTimeOffset Cutoff = TestRoute.Start.AddHours(10);

    private static Supervisor Water(DateTimeOffset? cutoff = null) =>
        new(TestRoute.Plan(mode: ConsignmentMode.Water, cutoff: cutoff ?? Cutoff, deadline: TestRoute.Start.AddHours(12)));

    [Fact]
    public void An_ETA_comfortably_before_the_cutoff_raises_nothing()
    {
        Assert.True(Water().OnFeederEta(Cutoff.AddHours(-3), TestRoute.Start).IsEmpty);
        Assert.True(Water().OnFeederEta(Cutoff.AddHours(-2), TestRoute.Start).IsEmpty);
    }

    [Theory]
    [InlineData(-90, Severity.Medium)]
    [InlineData(-30, Severity.High)]
    [InlineData(45, Severity.Critical)]
    public void An_ETA_inside_the_connection_margin_raises_a_connection_at_risk_more_severe_the_later(int minutesFromCutoff, Severity severity)
    {
        var observed = TestRoute.Start.AddHours(1);

        var conn = Assert.Single(Water().OnFeederEta(Cutoff.AddMinutes(minutesFromCutoff), observed).Raised);

        Assert.Equal(AnomalyType.CONN, conn.Type);
        Assert.Equal(severity, conn.Severity);
        Assert.Equal(observed, conn.At);
        Assert.Null(conn.Device);
        Assert.Equal(TimeSpan.FromMinutes(120 + minutesFromCutoff), conn.Evidence.Duration);
    }

    [Fact]
    public void The_summary_says_whether_the_connection_will_be_missed()
    {
        var tight = Assert.Single(Water().OnFeederEta(Cutoff.AddMinutes(-30), TestRoute.Start).Raised);
        var missed = Assert.Single(Water().OnFeederEta(Cutoff.AddMinutes(45), TestRoute.Start).Raised);

        Assert.Equal(
            "feeder ETA 2025-03-10 17:30 UTC leaves 30 min before the mainline cut-off 2025-03-10 18:00 UTC, less than the 2 h needed",
            tight.Evidence.Summary);
        Assert.Equal(
            "feeder ETA 2025-03-10 18:45 UTC is 45 min after the mainline cut-off 2025-03-10 18:00 UTC: the connection will be missed",
            missed.Evidence.Summary);
    }

    [Fact]
    public void Connection_at_risk_is_raised_once_while_ETAs_stay_late()
    {
        var replay = new Replay(Water());

        for (var i = 0; i < 20; i++)
        {
            replay.Take(replay.Supervisor.OnFeederEta(Cutoff.AddMinutes(-60 + i * 5), TestRoute.Start.AddMinutes(10 * i)));
        }

        Assert.Single(replay.Raised);
        Assert.Empty(replay.Ended);
    }

    [Fact]
    public void An_ETA_back_within_the_margin_ends_the_episode_and_a_later_slip_raises_again()
    {
        var supervisor = Water();
        var replay = new Replay(supervisor);

        replay.Take(supervisor.OnFeederEta(Cutoff.AddMinutes(-60), TestRoute.Start));
        replay.Take(supervisor.OnFeederEta(Cutoff.AddMinutes(-150), TestRoute.Start.AddMinutes(30)));
        replay.Take(supervisor.OnFeederEta(Cutoff.AddMinutes(-100), TestRoute.Start.AddMinutes(60)));

        Assert.Equal(2, replay.Raised.Count);
        var end = Assert.Single(replay.Ended);
        Assert.Equal(AnomalyType.CONN, end.Type);
        Assert.Equal(TestRoute.Start.AddMinutes(30), end.At);
        Assert.Equal("feeder ETA 2025-03-10 15:30 UTC leaves 2 h 30 min before the mainline cut-off again", end.Summary);
    }

    [Fact]
    public void ETAs_hovering_at_the_margin_raise_once_and_do_not_flap()
    {
        var replay = new Replay(Water());

        for (var i = 0; i < 30; i++)
        {
            var eta = Cutoff.AddHours(-2).AddMinutes(i % 2 == 0 ? 5 : -5);
            replay.Take(replay.Supervisor.OnFeederEta(eta, TestRoute.Start.AddMinutes(5 * i)));
        }

        Assert.Single(replay.Raised);
        Assert.Empty(replay.Ended);
    }

    [Fact]
    public void A_stale_ETA_is_ignored()
    {
        var supervisor = Water();
        supervisor.OnFeederEta(Cutoff.AddHours(-4), TestRoute.Start.AddHours(2));

        var stale = supervisor.OnFeederEta(Cutoff.AddHours(1), TestRoute.Start.AddHours(1));

        Assert.True(stale.IsEmpty);
    }

    [Fact]
    public void Only_water_transfers_with_a_cutoff_have_a_connection()
    {
        var road = new Supervisor(TestRoute.Plan(cutoff: Cutoff));
        var noCutoff = new Supervisor(TestRoute.Plan(mode: ConsignmentMode.Water));

        Assert.True(road.OnFeederEta(Cutoff.AddHours(1), TestRoute.Start).IsEmpty);
        Assert.True(noCutoff.OnFeederEta(Cutoff.AddHours(1), TestRoute.Start).IsEmpty);
    }

    [Fact]
    public void Arrival_closes_a_connection_episode_and_later_ETAs_raise_nothing()
    {
        var supervisor = Water();
        supervisor.OnFeederEta(Cutoff.AddMinutes(-30), TestRoute.Start);

        var arrived = supervisor.OnArrived(Cutoff.AddMinutes(-20));

        Assert.Equal(AnomalyType.CONN, Assert.Single(arrived.Ended).Type);
        Assert.True(supervisor.OnFeederEta(Cutoff.AddHours(2), Cutoff).IsEmpty);
    }

    [Fact]
    public void A_cutoff_at_the_start_of_the_calendar_makes_any_ETA_a_missed_connection_without_throwing()
    {
        // The cut-off minus the margin lies before 0001-01-01: it saturates instead of underflowing.
        var supervisor = Water(DateTimeOffset.MinValue);

        var conn = Assert.Single(supervisor.OnFeederEta(TestRoute.Start, TestRoute.Start).Raised);
        var later = supervisor.OnFeederEta(TestRoute.Start.AddHours(1), TestRoute.Start.AddMinutes(10));

        Assert.Equal(AnomalyType.CONN, conn.Type);
        Assert.Equal(Severity.Critical, conn.Severity);
        Assert.True(later.IsEmpty);
    }
}
