using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class UnLocodeTests
{
    [Theory]
    [InlineData("NLRTM", "NLRTM")]
    [InlineData("deham", "DEHAM")]
    [InlineData(" USNYC ", "USNYC")]
    [InlineData("GBLG2", "GBLG2")]
    public void Country_and_location_code_are_accepted_in_upper_case(string text, string expected)
    {
        Assert.True(UnLocode.TryParse(text, out var locode, out var error));
        Assert.Null(error);
        Assert.Equal(expected, locode.Value);
        Assert.Equal(expected[..2], locode.CountryCode);
    }

    [Theory]
    [InlineData("NLRT", "must be 5 characters: 2-letter country code and 3-character location code")]
    [InlineData("NL RTM", "must be 5 characters: 2-letter country code and 3-character location code")]
    [InlineData("N1RTM", "country code (first 2 characters) must be letters")]
    [InlineData("NLRT0", "location code (last 3 characters) must be letters or digits 2-9")]
    [InlineData("NLR1M", "location code (last 3 characters) must be letters or digits 2-9")]
    [InlineData("NLR-M", "location code (last 3 characters) must be letters or digits 2-9")]
    public void Malformed_codes_are_rejected_with_the_reason(string text, string expectedError)
    {
        Assert.False(UnLocode.TryParse(text, out _, out var error));
        Assert.Equal(expectedError, error);
    }
}
