using System.Globalization;

namespace Tracker.Domain.Timing;

/// <summary>
/// The times the tracker takes from outside. Rules add durations to them (deadline plus grace, cut-off minus
/// margin) and a grain that throws on such arithmetic fails its whole batch, on replay too, so a time is taken
/// only where a plausible report, plan or query could put it: far from both ends of the calendar.
/// </summary>
public static class SaneTimes
{
    /// <summary>
    /// Nothing the tracker handles predates 2000: an older time is a placeholder (0001-01-01) or a device that lost
    /// its clock, never a fact. Older history has no place in a live tracker either.
    /// </summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead of the server clock a report may be stamped: device clocks drift, but not by more.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far ahead a plan may reach. A transit lasts days and a voyage weeks; two years leaves room for any
    /// schedule, while 9999-12-31 is a placeholder that would overflow the rules' arithmetic.
    /// </summary>
    public const int PlanYears = 2;

    /// <summary>What happened: fixes, AIS reports, actual events.</summary>
    public static TimeWindow Reported(DateTimeOffset now) => new(Earliest, now + ClockSkew, string.Create(CultureInfo.InvariantCulture, $"{ClockSkew.TotalMinutes:0} minutes"));

    /// <summary>
    /// How far ahead of the server clock a lock or vehicle fix may be stamped by default. Tighter than
    /// <see cref="ClockSkew"/>: a fix stamped ahead would make the genuine ones after it look late and blind the lock's
    /// alerts (issue 13 item 4), and a GNSS receiver's clock is the satellites'.
    /// </summary>
    public static readonly TimeSpan FixClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>Lock and vehicle fixes: at most <paramref name="skew"/> ahead of the server clock.</summary>
    public static TimeWindow Fix(DateTimeOffset now, TimeSpan skew) =>
        new(Earliest, now + skew, skew.TotalSeconds % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{skew.TotalMinutes:0} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"{skew.TotalSeconds:0} seconds"));

    /// <summary>
    /// What is planned or expected (deadlines, cut-offs, ETAs, estimated and planned events), and the bounds of a
    /// query: a plan may lie in the past as well, back to <see cref="Earliest"/>.
    /// </summary>
    public static TimeWindow Planned(DateTimeOffset now) => new(Earliest, now.AddYears(PlanYears), string.Create(CultureInfo.InvariantCulture, $"{PlanYears} years"));
}
