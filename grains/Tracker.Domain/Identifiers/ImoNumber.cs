namespace Tracker.Domain.Identifiers;

/// <summary>An IMO ship identification number; <see cref="Value"/> is the 7 digits without the "IMO" prefix.</summary>
public readonly record struct ImoNumber
{
    private const string Prefix = "IMO";

    private readonly string? _value;

    private ImoNumber(string value) => _value = value;

    // default(ImoNumber) never went through TryParse; an empty string keeps callers free of null checks.
    public string Value => _value ?? string.Empty;

    public override string ToString() => Value;

    public static ImoNumber Parse(string text) =>
        TryParse(text, out var number, out var error)
            ? number
            : throw new FormatException($"'{text}' is not a valid IMO number: {error}.");

    // Matches the shape ASP.NET Core looks for when binding route and query values.
    public static bool TryParse(string? text, out ImoNumber number) => TryParse(text, out number, out _);

    public static bool TryParse(string? text, out ImoNumber number, out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is required";
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (candidate.StartsWith(Prefix, StringComparison.Ordinal))
        {
            candidate = candidate[Prefix.Length..].TrimStart();
        }

        if (candidate.Length != 7 || candidate.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            error = "must be 7 digits, optionally prefixed with IMO";
            return false;
        }

        var expected = ComputeCheckDigit(candidate[..6]);
        var actual = candidate[6] - '0';
        if (expected != actual)
        {
            error = $"check digit should be {expected}, not {actual}";
            return false;
        }

        number = new ImoNumber(candidate);
        error = null;
        return true;
    }

    /// <summary>The last digit of an IMO number computed from the first six ("907472" gives 9).</summary>
    public static int ComputeCheckDigit(string firstSix)
    {
        ArgumentNullException.ThrowIfNull(firstSix);
        if (firstSix.Length != 6 || firstSix.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("expected 6 digits", nameof(firstSix));
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (firstSix[i] - '0') * (7 - i);
        }

        return sum % 10;
    }
}
