using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class MmsiTests
{
    [Theory]
    [InlineData("244660000")]
    [InlineData("002442000")]
    [InlineData(" 970123456 ")]
    public void Nine_digits_are_accepted_whatever_the_leading_digit(string text)
    {
        Assert.True(Mmsi.TryParse(text, out var mmsi, out var error));
        Assert.Null(error);
        Assert.Equal(text.Trim(), mmsi.Value);
    }

    [Theory]
    [InlineData("24466000")]
    [InlineData("2446600000")]
    [InlineData("24466000A")]
    [InlineData("244 66000")]
    [InlineData("-24466000")]
    public void Wrong_length_or_non_digits_are_rejected(string text)
    {
        Assert.False(Mmsi.TryParse(text, out _, out var error));
        Assert.Equal("must be 9 digits", error);
    }

    [Fact]
    public void Missing_mmsi_is_rejected()
    {
        Assert.False(Mmsi.TryParse(null, out _, out var error));
        Assert.Equal("is required", error);
    }
}
