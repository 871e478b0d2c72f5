using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Timing;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Ingest;

public static class AisValidator
{
    public static bool TryValidate(AisRequest r, DateTimeOffset now, FieldErrors errors, out AisReport item)
    {
        item = null!;
        var mmsi = Check.Mmsi(errors, "mmsi", r.Mmsi);
        var time = Check.Time(errors, "time", r.Time, SaneTimes.Reported(now));
        var position = Check.Position(errors, r.Lat, r.Lon);
        var sog = Check.Range(errors, "sogKnots", r.SogKnots, 0, 102.2);
        var cog = Check.Range(errors, "cogDegrees", r.CogDegrees, 0, 360);
        var heading = Check.Range(errors, "heading", r.Heading, 0, 360);
        if (r.NavStatus is < 0 or > 15)
        {
            errors.Add("navStatus", "must be an AIS navigational status from 0 to 15");
        }

        var imo = Check.Imo(errors, "imo", r.Imo, required: false);
        if (r.Name is { Length: > 64 })
        {
            errors.Add("name", "must be at most 64 characters");
        }

        if (r.Destination is { Length: > 64 })
        {
            errors.Add("destination", "must be at most 64 characters");
        }

        if (r.CallSign is { Length: > 16 })
        {
            errors.Add("callSign", "must be at most 16 characters");
        }

        var eta = Check.Time(errors, "eta", r.Eta, SaneTimes.Planned(now), required: false);
        if (errors.Any)
        {
            return false;
        }

        item = new AisReport(mmsi!, time!.Value, position!.Value.Latitude, position.Value.Longitude, sog, cog, heading, r.NavStatus, imo, r.Name?.Trim(), r.Destination?.Trim(), eta, string.IsNullOrWhiteSpace(r.CallSign) ? null : r.CallSign.Trim());
        return true;
    }
}
