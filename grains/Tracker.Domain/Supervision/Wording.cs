using System.Globalization;

namespace Tracker.Domain.Supervision;

/// <summary>Durations, distances and times as the one-line summaries officers read.</summary>
internal static class Wording
{
    /// <summary>Whole units, rounded down, so a summary never claims more than the evidence shows.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return Invariant($"{(int)span.TotalSeconds} s");
        }

        if (span < TimeSpan.FromHours(1))
        {
            return Invariant($"{(int)span.TotalMinutes} min");
        }

        if (span < TimeSpan.FromDays(1))
        {
            return span.Minutes == 0 ? Invariant($"{(int)span.TotalHours} h") : Invariant($"{(int)span.TotalHours} h {span.Minutes} min");
        }

        return span.Hours == 0 ? Invariant($"{span.Days} d") : Invariant($"{span.Days} d {span.Hours} h");
    }

    public static string Distance(double meters) =>
        meters < 1_000 ? Invariant($"{Math.Round(meters):0} m") : Invariant($"{meters / 1_000:0.0} km");

    public static string Time(DateTimeOffset time) => Invariant($"{time.UtcDateTime:yyyy-MM-dd HH:mm} UTC");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
