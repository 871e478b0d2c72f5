using Tracker.Domain.Timing;

namespace Tracker.UnitTests.Timing;

public class SaneTimesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_report_may_be_stamped_up_to_five_minutes_ahead_of_the_server_clock_and_no_further()
    {
        var window = SaneTimes.Reported(Now);

        Assert.Null(window.Refusal(Now));
        Assert.Null(window.Refusal(Now.AddMinutes(5)));
        Assert.Equal("must not be more than 5 minutes ahead of the server clock", window.Refusal(Now.AddMinutes(5).AddSeconds(1)));
    }

    [Fact]
    public void A_plan_may_reach_two_years_ahead_and_no_further()
    {
        var window = SaneTimes.Planned(Now);

        Assert.Null(window.Refusal(Now.AddYears(2)));
        Assert.Equal("must not be more than 2 years ahead of the server clock", window.Refusal(Now.AddYears(2).AddSeconds(1)));
        Assert.NotNull(window.Refusal(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Nothing_before_2000_is_taken_whether_reported_or_planned()
    {
        var lastOf1999 = new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero);

        foreach (var window in new[] { SaneTimes.Reported(Now), SaneTimes.Planned(Now) })
        {
            Assert.Null(window.Refusal(SaneTimes.Earliest));
            Assert.Equal("must not be before 2000-01-01", window.Refusal(lastOf1999));
            Assert.NotNull(window.Refusal(DateTimeOffset.MinValue));
        }
    }

    [Fact]
    public void A_plan_may_lie_in_the_past()
    {
        Assert.Null(SaneTimes.Planned(Now).Refusal(Now.AddDays(-3)));
    }

    [Fact]
    public void The_window_compares_instants_whatever_the_offset()
    {
        // 08:34 in Shanghai is 00:34 UTC, well before the server's 08:30 UTC.
        var shanghai = new DateTimeOffset(2026, 11, 23, 8, 36, 0, TimeSpan.FromHours(8));

        Assert.Null(SaneTimes.Reported(Now).Refusal(shanghai));
    }
}
