using Tracker.Domain.Timing;
using Tracker.Gateways.Ais.Messages;

namespace Tracker.Gateways.Ais.Assembly;

/// <summary>
/// AIS sends an ETA without a year: it is the next occurrence of that month, day, hour and minute (UTC) at or
/// after the report's minute. A ship running late keeps yesterday's ETA, which then reads as next year's: that is
/// what the message says, and the next type 5 corrects it.
/// </summary>
public static class EtaYear
{
    /// <summary>Null when any part is "not available", the date does not exist, or it lies beyond the planning horizon.</summary>
    public static DateTimeOffset? Infer(AisEta? eta, DateTimeOffset reportTime)
    {
        if (eta is not { Month: int month, Day: int day, Hour: int hour, Minute: int minute })
        {
            return null;
        }

        var utc = reportTime.UtcDateTime;
        var from = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
        var horizon = SaneTimes.Planned(reportTime).Latest;

        // 29 February recurs within four years; any other valid date within one.
        for (var year = utc.Year; year <= utc.Year + 4 && year <= 9998; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
            if (candidate >= from)
            {
                return candidate <= horizon ? candidate : null;
            }
        }

        return null;
    }
}
