using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class FacilityCodeTests
{
    [Theory]
    [InlineData("B")]
    [InlineData("Gate 4")]
    [InlineData("Kai Süd/7")]
    [InlineData("0123456789ABCDEF")]
    public void Free_text_up_to_16_characters_is_valid(string value)
    {
        Assert.True(FacilityCode.IsValid(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" B1")]
    [InlineData("B1 ")]
    [InlineData("0123456789ABCDEFG")]
    [InlineData("B\n1")]
    [InlineData("B\u00001")]
    public void Empty_padded_too_long_or_control_characters_are_invalid(string? value)
    {
        Assert.False(FacilityCode.IsValid(value));
    }
}
