namespace Tracker.Domain.Identifiers;

/// <summary>A UN/LOCODE such as NLRTM: ISO 3166 country code followed by a 3-character location code.</summary>
public readonly record struct UnLocode
{
    private const int Length = 5;

    private readonly string? _value;

    private UnLocode(string value) => _value = value;

    // default(UnLocode) never went through TryParse; an empty string keeps callers free of null checks.
    public string Value => _value ?? string.Empty;

    public string CountryCode => Value.Length == Length ? Value[..2] : string.Empty;

    public override string ToString() => Value;

    public static UnLocode Parse(string text) =>
        TryParse(text, out var locode, out var error)
            ? locode
            : throw new FormatException($"'{text}' is not a valid UN/LOCODE: {error}.");

    // Matches the shape ASP.NET Core looks for when binding route and query values.
    public static bool TryParse(string? text, out UnLocode locode) => TryParse(text, out locode, out _);

    public static bool TryParse(string? text, out UnLocode locode, out string? error)
    {
        locode = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is required";
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (candidate.Length != Length)
        {
            error = "must be 5 characters: 2-letter country code and 3-character location code";
            return false;
        }

        if (candidate.AsSpan(0, 2).ContainsAnyExceptInRange('A', 'Z'))
        {
            error = "country code (first 2 characters) must be letters";
            return false;
        }

        // UN/LOCODE leaves out 0 and 1 so that they are never confused with O and I.
        foreach (var c in candidate.AsSpan(2))
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '2' and <= '9')))
            {
                error = "location code (last 3 characters) must be letters or digits 2-9";
                return false;
            }
        }

        locode = new UnLocode(candidate);
        error = null;
        return true;
    }
}
