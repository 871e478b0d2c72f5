namespace Tracker.Domain.Identifiers;

/// <summary>
/// The shape of identifiers the tracker assigns or accepts for its own entities (transits, devices, zones).
/// </summary>
/// <remarks>
/// Restricted to URL- and file-name-safe ASCII so an id can sit in a route, a grain key or a blob name unescaped.
/// </remarks>
public static class EntityId
{
    public const string Rule = "1-64 characters of letters, digits, '.', '_' or '-'";

    private const int MaxLength = 64;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
