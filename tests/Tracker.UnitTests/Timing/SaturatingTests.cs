using Tracker.Domain.Timing;

namespace Tracker.UnitTests.Timing;

public class SaturatingTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Inside_the_calendar_it_is_plain_arithmetic()
    {
        Assert.Equal(Time.AddMinutes(15), Saturating.Add(Time, TimeSpan.FromMinutes(15)));
        Assert.Equal(Time.AddHours(-2), Saturating.Subtract(Time, TimeSpan.FromHours(2)));
        Assert.Equal(Time.AddHours(-2), Saturating.Add(Time, TimeSpan.FromHours(-2)));
    }

    [Fact]
    public void Past_the_end_of_the_calendar_it_stops_at_the_last_instant()
    {
        var lastDay = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(DateTimeOffset.MaxValue, Saturating.Add(lastDay, TimeSpan.FromDays(1)));
        Assert.Equal(DateTimeOffset.MaxValue, Saturating.Add(Time, TimeSpan.MaxValue));
        Assert.Equal(DateTimeOffset.MaxValue, Saturating.Subtract(Time, TimeSpan.MinValue));
    }

    [Fact]
    public void Before_the_start_of_the_calendar_it_stops_at_the_first_instant()
    {
        Assert.Equal(DateTimeOffset.MinValue, Saturating.Subtract(DateTimeOffset.MinValue, TimeSpan.FromHours(2)));
        Assert.Equal(DateTimeOffset.MinValue, Saturating.Add(Time, TimeSpan.MinValue));
    }

    [Fact]
    public void A_time_with_an_offset_near_the_end_does_not_throw_either()
    {
        // Plain DateTimeOffset arithmetic throws here: the local clock (+14:00) would pass 9999-12-31.
        var kiribati = new DateTimeOffset(9999, 12, 31, 20, 0, 0, TimeSpan.FromHours(14));

        var result = Saturating.Add(kiribati, TimeSpan.FromHours(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => kiribati.AddHours(5));
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 11, 0, 0, TimeSpan.Zero), result);
    }
}
