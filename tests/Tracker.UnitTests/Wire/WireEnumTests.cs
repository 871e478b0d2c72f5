using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Domain.Wire;

namespace Tracker.UnitTests.Wire;

public class WireEnumTests
{
    [Fact]
    public void Name_is_the_member_name_in_upper_case()
    {
        Assert.Equal("VESSEL", WireEnum.Name(TransportMode.Vessel));
        Assert.Equal("SEALED", WireEnum.Name(SealState.Sealed));
        Assert.Equal("IN_TRANSIT", WireEnum.Name(TransitStatus.InTransit));
        Assert.Equal("PLN", WireEnum.Name(EventClassifier.Pln));
    }

    [Theory]
    [InlineData("VESSEL", TransportMode.Vessel)]
    [InlineData("vessel", TransportMode.Vessel)]
    [InlineData("Feeder", TransportMode.Feeder)]
    public void Parsing_ignores_case(string text, TransportMode expected)
    {
        Assert.True(WireEnum.TryParse<TransportMode>(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("INTRANSIT")]
    [InlineData("IN_TRANSIT")]
    [InlineData("in_transit")]
    public void Multi_word_members_parse_with_or_without_underscore(string text)
    {
        Assert.True(WireEnum.TryParse<TransitStatus>(text, out var status));
        Assert.Equal(TransitStatus.InTransit, status);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("Vessel, Rail")]
    [InlineData(" VESSEL")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("SHIP")]
    public void Numbers_lists_and_unknown_names_are_refused(string? text)
    {
        Assert.False(WireEnum.TryParse<TransportMode>(text, out var mode));
        Assert.Equal(default, mode);
    }

    [Fact]
    public void Every_name_round_trips()
    {
        foreach (var state in Enum.GetValues<TransitStatus>())
        {
            Assert.True(WireEnum.TryParse<TransitStatus>(WireEnum.Name(state), out var parsed));
            Assert.Equal(state, parsed);
        }
    }

    [Fact]
    public void Undefined_value_has_no_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum.Name((TransportMode)42));
    }
}
