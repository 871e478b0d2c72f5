using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Tracker.Domain.Wire;

/// <summary>
/// Enum values as they appear in JSON and query strings: the member name in upper snake case ("VESSEL", "IN_TRANSIT"),
/// the same spelling the JSON output uses.
/// </summary>
[SuppressMessage(
    "Naming",
    "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The name is a published API other projects already code against; this is no enum.")]
public static class WireEnum
{
    /// <summary>
    /// Case-insensitive match on a member name; "IN_TRANSIT" is accepted for InTransit as well.
    /// Numbers are refused because Enum.TryParse would let "1" or "42" through as a member.
    /// </summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Names<TEnum>.ByName.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a defined {typeof(TEnum).Name}");

    // One lookup per enum type, built on first use; the generic static class is the cache key.
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()).ToUpperInvariant());

        public static readonly FrozenDictionary<string, TEnum> ByName = BuildByName();

        private static FrozenDictionary<string, TEnum> BuildByName()
        {
            var byName = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in Enum.GetNames<TEnum>())
            {
                var value = Enum.Parse<TEnum>(name);
                byName[name] = value;
                byName.TryAdd(SnakeCase(name), value);
            }

            return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        private static string SnakeCase(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(name[i]);
            }

            return builder.ToString();
        }
    }
}
