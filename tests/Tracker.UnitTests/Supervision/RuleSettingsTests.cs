using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;

namespace Tracker.UnitTests.Supervision;

public class RuleSettingsTests
{
    private static TimeSpan Minutes(double m) => TimeSpan.FromMinutes(m);

    [Fact]
    public void Road_defaults_are_tight_enough_for_a_fixed_urban_route()
    {
        var road = RuleSettings.For(ConsignmentMode.Road);

        Assert.Equal(200, road.DeviationDistanceMeters);
        Assert.Equal(Minutes(3), road.DeviationTolerance);
        Assert.Equal(Minutes(2), road.DeviationReturnTolerance);
        Assert.Equal(5, road.StopSpeedKmh);
        Assert.Equal(100, road.StopRadiusMeters);
        Assert.Equal(Minutes(30), road.LongStopLimit);
        Assert.Equal(Minutes(10), road.SignalLostLimit);
        Assert.Equal(300, road.MismatchDistanceMeters);
        Assert.Equal(Minutes(3), road.MismatchTolerance);
        Assert.Equal(new RuleSettings(), road);
    }

    [Fact]
    public void Rail_allows_wider_deviations_longer_siding_waits_and_longer_blackouts()
    {
        var rail = RuleSettings.For(ConsignmentMode.Rail);

        Assert.Equal(500, rail.DeviationDistanceMeters);
        Assert.Equal(Minutes(90), rail.LongStopLimit);
        Assert.Equal(Minutes(20), rail.SignalLostLimit);
        Assert.True(rail.MismatchDistanceMeters > 1_000);
    }

    [Fact]
    public void Water_allows_sea_lanes_anchorage_and_offshore_silence()
    {
        var water = RuleSettings.For(ConsignmentMode.Water);

        Assert.Equal(5_000, water.DeviationDistanceMeters);
        Assert.Equal(Minutes(20), water.DeviationTolerance);
        Assert.Equal(TimeSpan.FromHours(4), water.LongStopLimit);
        Assert.Equal(Minutes(60), water.SignalLostLimit);
        Assert.Equal(TimeSpan.FromHours(2), water.ConnectionMargin);
    }

    [Fact]
    public void A_consignment_overrides_one_setting_and_keeps_the_rest()
    {
        var road = RuleSettings.For(ConsignmentMode.Road);

        var custom = road with { LongStopLimit = Minutes(45) };

        Assert.Equal(Minutes(45), custom.LongStopLimit);
        Assert.Equal(road with { LongStopLimit = custom.LongStopLimit }, custom);
        Assert.Equal(Minutes(30), RuleSettings.For(ConsignmentMode.Road).LongStopLimit);
    }

    [Fact]
    public void The_gap_not_bridged_follows_the_signal_lost_limit_unless_set()
    {
        var road = RuleSettings.For(ConsignmentMode.Road);

        Assert.Equal(Minutes(10), road.FixGapLimit);
        Assert.Equal(Minutes(25), (road with { SignalLostLimit = Minutes(25) }).FixGapLimit);
        Assert.Equal(Minutes(5), (road with { MaxFixGap = Minutes(5) }).FixGapLimit);
    }

    [Fact]
    public void An_undefined_mode_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSettings.For((ConsignmentMode)42));
    }
}
