namespace Tracker.Domain.Identifiers;

/// <summary>A Maritime Mobile Service Identity: the 9 digits an AIS transponder broadcasts.</summary>
/// <remarks>
/// The leading digit is deliberately not checked: besides ship stations (first digit 2-7) AIS also carries
/// coast stations, SAR aircraft and aids to navigation, and a tracker should record whatever it hears.
/// </remarks>
public readonly record struct Mmsi
{
    private const int Length = 9;

    private readonly string? _value;

    private Mmsi(string value) => _value = value;

    // default(Mmsi) never went through TryParse; an empty string keeps callers free of null checks.
    public string Value => _value ?? string.Empty;

    public override string ToString() => Value;

    public static Mmsi Parse(string text) =>
        TryParse(text, out var mmsi, out var error)
            ? mmsi
            : throw new FormatException($"'{text}' is not a valid MMSI: {error}.");

    // Matches the shape ASP.NET Core looks for when binding route and query values.
    public static bool TryParse(string? text, out Mmsi mmsi) => TryParse(text, out mmsi, out _);

    public static bool TryParse(string? text, out Mmsi mmsi, out string? error)
    {
        mmsi = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is required";
            return false;
        }

        var candidate = text.Trim();
        if (candidate.Length != Length || candidate.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            error = "must be 9 digits";
            return false;
        }

        mmsi = new Mmsi(candidate);
        error = null;
        return true;
    }
}
