using Tracker.Ingest.Batches;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Grains.Vehicles;

namespace Tracker.Api.Ingest;

public static class VehicleFixValidator
{
    public static bool TryValidate(VehicleFixRequest r, DateTimeOffset now, TimeSpan skew, FieldErrors errors, out VehicleFixItem item)
    {
        item = null!;
        var vehicleId = Check.Id(errors, "vehicleId", r.VehicleId);
        var common = FixChecks.Common(errors, r.Seq, r.Time, r.Lat, r.Lon, r.SpeedKmh, r.Heading, now, skew);
        if (errors.Any || common is not { } c)
        {
            return false;
        }

        item = new VehicleFixItem(vehicleId!, new VehicleFix(c.Seq, c.Time, c.Lat, c.Lon, c.Speed, c.Heading));
        return true;
    }
}
