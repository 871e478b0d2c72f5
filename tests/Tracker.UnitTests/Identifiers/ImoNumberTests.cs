using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class ImoNumberTests
{
    [Theory]
    [InlineData("IMO 9074729")]
    [InlineData("IMO9074729")]
    [InlineData("imo 9074729")]
    [InlineData("9074729")]
    [InlineData(" IMO 9074729 ")]
    public void Published_example_verifies_with_or_without_prefix(string text)
    {
        Assert.True(ImoNumber.TryParse(text, out var number, out var error));
        Assert.Null(error);
        Assert.Equal("9074729", number.Value);
        Assert.Equal("9074729", number.ToString());
    }

    [Fact]
    public void Check_digit_is_weighted_sum_of_first_six_digits_mod_ten()
    {
        // 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139.
        Assert.Equal(9, ImoNumber.ComputeCheckDigit("907472"));
    }

    [Fact]
    public void Wrong_check_digit_is_rejected_with_the_expected_digit()
    {
        Assert.False(ImoNumber.TryParse("IMO 9074728", out _, out var error));
        Assert.Equal("check digit should be 9, not 8", error);
    }

    [Theory]
    [InlineData("907472")]
    [InlineData("90747290")]
    [InlineData("IMO 90747A9")]
    [InlineData("IMO")]
    [InlineData("MMSI 9074729")]
    public void Anything_but_seven_digits_is_rejected(string text)
    {
        Assert.False(ImoNumber.TryParse(text, out _, out var error));
        Assert.Equal("must be 7 digits, optionally prefixed with IMO", error);
    }

    [Fact]
    public void Parse_throws_format_exception_for_invalid_number()
    {
        // 1234567 happens to be valid (weighted sum 77), so the last digit is bumped.
        var exception = Assert.Throws<FormatException>(() => ImoNumber.Parse("IMO 1234568"));
        Assert.Contains("check digit should be 7, not 8", exception.Message, StringComparison.Ordinal);
        Assert.Equal("1234567", ImoNumber.Parse("IMO 1234567").Value);
    }
}
