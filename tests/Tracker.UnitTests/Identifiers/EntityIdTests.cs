using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class EntityIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("transit-2024.07_NL")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void Letters_digits_dots_underscores_and_dashes_up_to_64_are_valid(string value)
    {
        Assert.True(EntityId.IsValid(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("caf\u00e9")]
    [InlineData("tab\t")]
    public void Empty_too_long_or_unsafe_characters_are_invalid(string? value)
    {
        Assert.False(EntityId.IsValid(value));
    }
}
