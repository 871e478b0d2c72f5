using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Tracker.Grains.Common;

/// <summary>
/// A place in a list ordered newest first, then by id: the last item of a page. The next page is
/// what comes after it, so pages stay right while items are added (no offsets that shift), and a
/// page costs the same however deep it is. Clients see it as an opaque string.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.keyset-cursor")]
public sealed record KeysetCursor([property: Id(0)] DateTimeOffset At, [property: Id(1)] string Id)
{
    /// <summary>Newest first; the same moment by id, so that the order is total and pages never repeat or skip.</summary>
    public static IComparer<KeysetCursor> Order { get; } = Comparer<KeysetCursor>.Create(static (a, b) =>
    {
        var byTime = b.At.UtcTicks.CompareTo(a.At.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}.{Id}")));

    /// <summary>A cursor this API handed out; anything else (edited, truncated, from another list's future) is null.</summary>
    public static KeysetCursor? TryDecode(string text)
    {
        try
        {
            var plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            var dot = plain.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == plain.Length - 1
                || !long.TryParse(plain.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return null;
            }

            return new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), plain[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
