namespace Tracker.Domain.Identifiers;

/// <summary>An ISO 6346 container number such as CSQU3054383, normalised to upper case.</summary>
public readonly record struct ContainerNumber
{
    private const int Length = 11;

    private readonly string? _value;

    private ContainerNumber(string value) => _value = value;

    // default(ContainerNumber) never went through TryParse; an empty string keeps callers free of null checks.
    public string Value => _value ?? string.Empty;

    public override string ToString() => Value;

    public static ContainerNumber Parse(string text) =>
        TryParse(text, out var number, out var error)
            ? number
            : throw new FormatException($"'{text}' is not a valid container number: {error}.");

    // Matches the shape ASP.NET Core looks for when binding route and query values.
    public static bool TryParse(string? text, out ContainerNumber number) => TryParse(text, out number, out _);

    public static bool TryParse(string? text, out ContainerNumber number, out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is required";
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        error = ShapeError(candidate);
        if (error is not null)
        {
            return false;
        }

        var expected = ComputeCheckDigit(candidate[..10]);
        var actual = candidate[10] - '0';
        if (expected != actual)
        {
            error = $"check digit should be {expected}, not {actual}";
            return false;
        }

        number = new ContainerNumber(candidate);
        return true;
    }

    /// <summary>
    /// The ISO 6346 check digit for an owner code, category and serial ("CSQU305438" gives 3).
    /// </summary>
    public static int ComputeCheckDigit(string firstTen)
    {
        ArgumentNullException.ThrowIfNull(firstTen);
        if (firstTen.Length != 10)
        {
            throw new ArgumentException("expected 4 letters followed by 6 digits", nameof(firstTen));
        }

        var sum = 0;
        for (var i = 0; i < firstTen.Length; i++)
        {
            var c = char.ToUpperInvariant(firstTen[i]);
            int value;
            if (i < 4 && c is >= 'A' and <= 'Z')
            {
                value = LetterValue(c);
            }
            else if (i >= 4 && char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else
            {
                throw new ArgumentException("expected 4 letters followed by 6 digits", nameof(firstTen));
            }

            sum += value << i;
        }

        // A remainder of 10 is written as 0; the standard advises owners not to issue such serials, but they exist.
        return sum % 11 % 10;
    }

    // Letters start at 10 and skip 11, 22 and 33: a multiple of 11 would weigh the same as a zero
    // and let some transcription errors slip past the mod-11 check.
    private static int LetterValue(char letter)
    {
        var unskipped = 10 + (letter - 'A');
        var skipped = (unskipped - 1) / 10;
        return unskipped + skipped;
    }

    private static string? ShapeError(string candidate)
    {
        if (candidate.Length != Length)
        {
            return "must be 11 characters: owner code, category, 6-digit serial and check digit";
        }

        if (candidate.AsSpan(0, 3).ContainsAnyExceptInRange('A', 'Z'))
        {
            return "owner code (first 3 characters) must be letters";
        }

        if (candidate[3] is not ('U' or 'J' or 'Z'))
        {
            return $"category (4th character) must be U, J or Z, not {candidate[3]}";
        }

        if (candidate.AsSpan(4, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return "serial (characters 5 to 10) must be 6 digits";
        }

        return char.IsAsciiDigit(candidate[10]) ? null : "check digit (last character) must be a digit";
    }
}
