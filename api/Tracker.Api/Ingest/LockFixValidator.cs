using Tracker.Ingest.Batches;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Events;
using Tracker.Grains.Locks;

namespace Tracker.Api.Ingest;

public static class LockFixValidator
{
    public static bool TryValidate(LockFixRequest r, DateTimeOffset now, TimeSpan skew, FieldErrors errors, out LockFixItem item)
    {
        item = null!;
        var lockId = Check.Id(errors, "lockId", r.LockId);
        var common = FixChecks.Common(errors, r.Seq, r.Time, r.Lat, r.Lon, r.SpeedKmh, r.Heading, now, skew);
        var seal = Check.Enum<SealState>(errors, "seal", r.Seal);
        var battery = Check.Range(errors, "batteryPct", r.BatteryPct, 0, 100);
        if (errors.Any || common is not { } c)
        {
            return false;
        }

        item = new LockFixItem(lockId!, new LockFix(c.Seq, c.Time, c.Lat, c.Lon, c.Speed, c.Heading, seal!.Value, battery));
        return true;
    }
}
