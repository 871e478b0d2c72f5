using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Timing;

namespace Tracker.Api.Ingest;

/// <summary>The checks lock and vehicle fixes share.</summary>
internal static class FixChecks
{
    public static (long Seq, DateTimeOffset Time, double Lat, double Lon, double? Speed, double? Heading)? Common(
        FieldErrors errors, long? seq, string? time, double? lat, double? lon, double? speedKmh, double? heading, DateTimeOffset now, TimeSpan skew)
    {
        if (seq is < 0)
        {
            errors.Add("seq", "must be zero or more");
        }

        Check.Present(errors, "seq", seq);
        // A fix from the future would hold the lock's latest time ahead and make the genuine ones look late.
        var t = Check.Time(errors, "time", time, SaneTimes.Fix(now, skew));
        var position = Check.Position(errors, lat, lon);
        var speed = Check.Range(errors, "speedKmh", speedKmh, 0, 500);
        var course = Check.Range(errors, "heading", heading, 0, 360);
        return errors.Any ? null : (seq!.Value, t!.Value, position!.Value.Latitude, position.Value.Longitude, speed, course);
    }
}
