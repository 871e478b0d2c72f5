using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Messages;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>AIS ETAs have no year: the next occurrence after the report time.</summary>
public sealed class EtaYearTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    [Fact]
    public void An_ETA_later_this_year_is_this_year() =>
        Assert.Equal(Utc(2026, 5, 10, 6, 30), EtaYear.Infer(new AisEta(5, 10, 6, 30), Utc(2026, 5, 9, 12)));

    [Fact]
    public void An_ETA_in_January_reported_in_December_is_next_year() =>
        Assert.Equal(Utc(2027, 1, 2, 8, 0), EtaYear.Infer(new AisEta(1, 2, 8, 0), Utc(2026, 12, 30, 23)));

    [Fact]
    public void An_ETA_in_the_report_minute_is_now_not_next_year() =>
        Assert.Equal(Utc(2026, 5, 9, 12, 0), EtaYear.Infer(new AisEta(5, 9, 12, 0), Utc(2026, 5, 9, 12, 0, 40)));

    [Fact]
    public void An_ETA_already_passed_is_read_as_next_year() =>
        Assert.Equal(Utc(2027, 5, 8, 0, 0), EtaYear.Infer(new AisEta(5, 8, 0, 0), Utc(2026, 5, 9, 12)));

    [Fact]
    public void The_29th_of_February_is_the_next_leap_year_within_the_planning_horizon() =>
        Assert.Equal(Utc(2028, 2, 29, 12, 0), EtaYear.Infer(new AisEta(2, 29, 12, 0), Utc(2026, 5, 9, 12)));

    [Theory]
    [InlineData(null, 10, 6, 30)]
    [InlineData(5, null, 6, 30)]
    [InlineData(5, 10, null, 30)]
    [InlineData(5, 10, 6, null)]
    [InlineData(2, 31, 6, 30)]
    public void An_ETA_with_a_part_not_available_or_a_date_that_never_occurs_is_null(int? month, int? day, int? hour, int? minute) =>
        Assert.Null(EtaYear.Infer(new AisEta(month, day, hour, minute), Utc(2026, 5, 9, 12)));
}
