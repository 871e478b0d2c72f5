namespace Tracker.Domain.Identifiers;

/// <summary>
/// A terminal's or depot's own code for a facility (gate, berth, yard block). Operators choose these freely,
/// so only what would break display or storage is refused.
/// </summary>
public static class FacilityCode
{
    public const string Rule = "1-16 characters without control characters or leading and trailing spaces";

    private const int MaxLength = 16;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }

        // Surrounding spaces would make "B1" and "B1 " two facilities that look identical.
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
