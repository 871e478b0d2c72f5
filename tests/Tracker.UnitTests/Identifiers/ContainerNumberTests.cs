using Tracker.Domain.Identifiers;

namespace Tracker.UnitTests.Identifiers;

public class ContainerNumberTests
{
    // CSQU3054383 is the worked example in ISO 6346 itself.
    private const string PublishedExample = "CSQU3054383";

    [Fact]
    public void Check_digit_of_published_example_verifies()
    {
        Assert.True(ContainerNumber.TryParse(PublishedExample, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(PublishedExample, number.Value);
        Assert.Equal(PublishedExample, number.ToString());
    }

    [Fact]
    public void Check_digit_is_computed_from_letter_values_and_powers_of_two()
    {
        // C=13, S=30, Q=28, U=32 weighted 1,2,4,8, then digits weighted 16..512: 6185 mod 11 = 3.
        Assert.Equal(3, ContainerNumber.ComputeCheckDigit("CSQU305438"));
    }

    [Theory]
    [InlineData('A', 10)]
    [InlineData('B', 12)]
    [InlineData('K', 21)]
    [InlineData('L', 23)]
    [InlineData('U', 32)]
    [InlineData('V', 34)]
    [InlineData('Z', 38)]
    public void Letter_values_skip_multiples_of_eleven(char letter, int value)
    {
        // With "AAA" + letter + "000000" only the fourth position (weight 8) varies.
        var baseSum = 10 * (1 + 2 + 4);
        var expected = (baseSum + value * 8) % 11 % 10;

        Assert.Equal(expected, ContainerNumber.ComputeCheckDigit($"AAA{letter}000000"));
    }

    [Fact]
    public void Remainder_of_ten_is_written_as_zero()
    {
        // Search the serials for one whose sum leaves 10, so the rule is exercised rather than assumed.
        var serial = Enumerable.Range(0, 1000)
            .Select(n => $"CSQU{n:D6}")
            .First(prefix => RawRemainder(prefix) == 10);

        Assert.Equal(0, ContainerNumber.ComputeCheckDigit(serial));
        Assert.True(ContainerNumber.TryParse(serial + "0", out _, out _));
    }

    [Fact]
    public void Wrong_check_digit_is_rejected_with_the_expected_digit()
    {
        Assert.False(ContainerNumber.TryParse("CSQU3054384", out var number, out var error));
        Assert.Equal("check digit should be 3, not 4", error);
        Assert.Equal(default, number);
    }

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_normalised()
    {
        Assert.True(ContainerNumber.TryParse("  csqu3054383 ", out var number, out _));
        Assert.Equal(PublishedExample, number.Value);
    }

    [Theory]
    [InlineData("CSQU305438")]
    [InlineData("CSQU30543830")]
    [InlineData("CSQU 3054383")]
    public void Wrong_length_is_rejected(string text)
    {
        Assert.False(ContainerNumber.TryParse(text, out _, out var error));
        Assert.Equal("must be 11 characters: owner code, category, 6-digit serial and check digit", error);
    }

    [Fact]
    public void Category_other_than_U_J_or_Z_is_rejected()
    {
        // Same owner and serial with the check digit recomputed, so only the category is wrong.
        var digit = ContainerNumber.ComputeCheckDigit("CSQX305438");

        Assert.False(ContainerNumber.TryParse($"CSQX305438{digit}", out _, out var error));
        Assert.Equal("category (4th character) must be U, J or Z, not X", error);
    }

    [Theory]
    [InlineData('J')]
    [InlineData('Z')]
    public void Detachable_equipment_and_trailer_categories_are_accepted(char category)
    {
        var firstTen = $"CSQ{category}305438";
        var text = firstTen + ContainerNumber.ComputeCheckDigit(firstTen);

        Assert.True(ContainerNumber.TryParse(text, out var number, out _));
        Assert.Equal(text, number.Value);
    }

    [Theory]
    [InlineData("C5QU3054383", "owner code (first 3 characters) must be letters")]
    [InlineData("CSQU30A4383", "serial (characters 5 to 10) must be 6 digits")]
    [InlineData("CSQU305438X", "check digit (last character) must be a digit")]
    public void Misplaced_letters_and_digits_are_rejected(string text, string expectedError)
    {
        Assert.False(ContainerNumber.TryParse(text, out _, out var error));
        Assert.Equal(expectedError, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_number_is_rejected(string? text)
    {
        Assert.False(ContainerNumber.TryParse(text, out _, out var error));
        Assert.Equal("is required", error);
    }

    [Fact]
    public void Parse_throws_format_exception_carrying_the_reason()
    {
        var exception = Assert.Throws<FormatException>(() => ContainerNumber.Parse("CSQU3054384"));
        Assert.Contains("check digit should be 3, not 4", exception.Message, StringComparison.Ordinal);
        Assert.Equal(PublishedExample, ContainerNumber.Parse(PublishedExample).Value);
    }

    [Theory]
    [InlineData("CSQU30543")]
    [InlineData("CSQU30543X")]
    [InlineData("1SQU305438")]
    public void Compute_check_digit_refuses_malformed_input(string firstTen)
    {
        Assert.Throws<ArgumentException>(() => ContainerNumber.ComputeCheckDigit(firstTen));
    }

    [Fact]
    public void Default_value_is_empty_rather_than_null()
    {
        Assert.Equal(string.Empty, default(ContainerNumber).Value);
    }

    // Independent of the production code: the letter table spelled out as ISO 6346 lists it.
    private static int RawRemainder(string firstTen)
    {
        const string letters = "A10B12C13D14E15F16G17H18I19J20K21L23M24N25O26P27Q28R29S30T31U32V34W35X36Y37Z38";
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = firstTen[i];
            var letterAt = letters.IndexOf(c, StringComparison.Ordinal);
            var value = i < 4 ? int.Parse(letters.AsSpan(letterAt + 1, 2), provider: null) : c - '0';
            sum += value << i;
        }

        return sum % 11;
    }
}
