namespace Tracker.Domain.Timing;

/// <summary>
/// A time plus a duration that stops at the ends of the calendar instead of throwing. Defence behind
/// <see cref="SaneTimes"/>: a stored plan from before the bounds, or a rule setting, must not turn a deadline
/// plus its grace into an exception that fails every batch, and every replay, touching the transit.
/// </summary>
/// <remarks>Results are in UTC: near the ends of the calendar the local clock of an offset could not be shown.</remarks>
public static class Saturating
{
    public static DateTimeOffset Add(DateTimeOffset time, TimeSpan span)
    {
        var ticks = time.UtcTicks;
        if (span.Ticks > 0 && span.Ticks > DateTimeOffset.MaxValue.UtcTicks - ticks)
        {
            return DateTimeOffset.MaxValue;
        }

        if (span.Ticks < 0 && span.Ticks < DateTimeOffset.MinValue.UtcTicks - ticks)
        {
            return DateTimeOffset.MinValue;
        }

        return new DateTimeOffset(ticks + span.Ticks, TimeSpan.Zero);
    }

    public static DateTimeOffset Subtract(DateTimeOffset time, TimeSpan span) =>
        span == TimeSpan.MinValue ? DateTimeOffset.MaxValue : Add(time, -span);
}
