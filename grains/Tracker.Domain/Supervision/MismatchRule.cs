using Tracker.Domain.Geography;

namespace Tracker.Domain.Supervision;

/// <summary>TMIS: a lock and the vehicle carrying it further apart than the mismatch distance for longer than the tolerance.</summary>
/// <remarks>
/// The two devices report at their own times, and at road speed a 10 s offset alone is 200 m, so positions are
/// compared at common times: at every fix time of either device, the other's position is interpolated between its
/// fixes either side. A time is compared once both tracks reach past it, whichever device reports last; positions
/// are not interpolated across a gap longer than <see cref="RuleSettings.FixGapLimit"/>, and such a gap between
/// comparisons restarts an unraised episode. Hysteresis and tolerances work as for route deviation.
/// </remarks>
internal static class MismatchRule
{
    public static void OnLockFix(RuleContext context, Outcome outcome, SupervisorState state, string lockId, LockWatch watch)
    {
        foreach (var (vehicleId, vehicle) in state.Vehicles.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Compare(context, outcome, state, lockId, watch, vehicleId, vehicle);
        }
    }

    public static void OnVehicleFix(RuleContext context, Outcome outcome, SupervisorState state, string vehicleId, VehicleWatch vehicle)
    {
        foreach (var (lockId, watch) in state.Locks.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            Compare(context, outcome, state, lockId, watch, vehicleId, vehicle);
        }
    }

    public static void OnArrived(Outcome outcome, SupervisorState state, DateTimeOffset at)
    {
        foreach (var episode in state.Mismatches.Values.Where(e => e.Raised).OrderBy(e => e.LockId, StringComparer.Ordinal))
        {
            outcome.End(AnomalyType.TMIS, episode.LockId, at, $"closed by the transit's arrival; vehicle {episode.VehicleId}");
            episode.Reset();
        }
    }

    private static void Compare(
        RuleContext context, Outcome outcome, SupervisorState state, string lockId, LockWatch watch, string vehicleId, VehicleWatch vehicle)
    {
        if (watch.LastFixAt is not { } lockLast || vehicle.LastFixAt is not { } vehicleLast)
        {
            return;
        }

        var key = $"{lockId}|{vehicleId}";
        if (!state.Mismatches.TryGetValue(key, out var episode))
        {
            episode = new MismatchEpisode { LockId = lockId, VehicleId = vehicleId };
            state.Mismatches[key] = episode;
        }

        var horizon = lockLast < vehicleLast ? lockLast : vehicleLast;
        var from = episode.ComparedUntil;
        if (from is { } done && horizon <= done)
        {
            return;
        }

        var gapLimit = context.Settings.FixGapLimit;
        foreach (var time in NewTimes(watch.Recent, vehicle.Recent, from, horizon))
        {
            if (PositionAt(watch.Recent, time, gapLimit) is { } lockAt && PositionAt(vehicle.Recent, time, gapLimit) is { } vehicleAt)
            {
                var lockFix = watch.Recent.Find(f => f.Time == time);
                Step(context, outcome, episode, time, lockAt, GeoPosition.DistanceMeters(lockAt, vehicleAt), lockFix);
            }
        }

        episode.ComparedUntil = horizon;
    }

    /// <summary>
    /// The fix times of either track after <paramref name="from"/> and up to <paramref name="horizon"/>, ascending and
    /// distinct. Read from the ends of the tracks (both in time order), where the new times are: a fix usually adds
    /// one or two, and this runs for every fix of every lock against every vehicle.
    /// </summary>
    private static List<DateTimeOffset> NewTimes(List<Observation> a, List<Observation> b, DateTimeOffset? from, DateTimeOffset horizon)
    {
        var times = new List<DateTimeOffset>();
        Collect(a);
        Collect(b);
        times.Sort();
        var distinct = 0;
        for (var i = 0; i < times.Count; i++)
        {
            if (distinct == 0 || times[i] != times[distinct - 1])
            {
                times[distinct++] = times[i];
            }
        }

        times.RemoveRange(distinct, times.Count - distinct);
        return times;

        void Collect(List<Observation> track)
        {
            for (var i = track.Count - 1; i >= 0 && (from is null || track[i].Time > from); i--)
            {
                if (track[i].Time <= horizon)
                {
                    times.Add(track[i].Time);
                }
            }
        }
    }

    private static void Step(
        RuleContext context, Outcome outcome, MismatchEpisode episode, DateTimeOffset time, GeoPosition lockAt, double distance, Observation? lockFix)
    {
        var settings = context.Settings;
        if (episode.LastSampleAt is { } previous && time - previous > settings.FixGapLimit)
        {
            if (!episode.Raised)
            {
                episode.Reset();
            }
            else
            {
                episode.TogetherSince = null;
            }
        }

        episode.LastSampleAt = time;
        var returnDistance = Math.Min(settings.MismatchReturnDistanceMeters, settings.MismatchDistanceMeters);
        var apart = distance > settings.MismatchDistanceMeters || (episode.Apart && distance > returnDistance);
        if (!episode.Raised)
        {
            if (!apart)
            {
                episode.Reset();
                return;
            }

            if (!episode.Apart)
            {
                episode.Apart = true;
                episode.Since = time;
            }

            episode.MaxDistanceMeters = Math.Max(episode.MaxDistanceMeters, distance);
            if (lockFix is not null)
            {
                TrackExcerpt.AppendKeepingFirst(episode.Track, lockFix);
            }

            var lasted = time - episode.Since!.Value;
            if (lasted >= settings.MismatchTolerance)
            {
                episode.Raised = true;
                outcome.Raise(new Anomaly(
                    AnomalyType.TMIS,
                    Severity.High,
                    time,
                    lockAt,
                    episode.LockId,
                    new Evidence(
                        context.EvidenceDistance(lockAt),
                        lasted,
                        [.. episode.Track],
                        $"lock {episode.LockId} and vehicle {episode.VehicleId} {Wording.Distance(distance)} apart for {Wording.Duration(lasted)}")));

                // The evidence has gone out with the anomaly; no need to persist it further.
                episode.Track.Clear();
            }

            return;
        }

        episode.Apart = apart;
        if (apart)
        {
            episode.TogetherSince = null;
            episode.MaxDistanceMeters = Math.Max(episode.MaxDistanceMeters, distance);
            return;
        }

        episode.TogetherSince ??= time;
        var together = episode.TogetherSince.Value;
        if (time - together >= settings.MismatchReturnTolerance)
        {
            outcome.End(
                AnomalyType.TMIS,
                episode.LockId,
                together,
                $"lock {episode.LockId} and vehicle {episode.VehicleId} together again after {Wording.Duration(together - episode.Since!.Value)} apart, at most {Wording.Distance(episode.MaxDistanceMeters)}");
            episode.Reset();
        }
    }

    /// <summary>The device's position at a time between two of its fixes, or at one; null outside its track or across a gap.</summary>
    /// <remarks>Linear in latitude and longitude: between fixes seconds apart the curvature error is centimetres.</remarks>
    internal static GeoPosition? PositionAt(List<Observation> track, DateTimeOffset time, TimeSpan gapLimit)
    {
        // The track is in time order; search from the end, where the times being compared are.
        for (var i = track.Count - 1; i >= 0; i--)
        {
            var before = track[i];
            if (before.Time > time)
            {
                continue;
            }

            if (before.Time == time)
            {
                return before.Position;
            }

            if (i == track.Count - 1)
            {
                return null;
            }

            var after = track[i + 1];
            var span = after.Time - before.Time;
            if (span > gapLimit)
            {
                return null;
            }

            var k = (time - before.Time) / span;
            var dLon = after.Position.Longitude - before.Position.Longitude;

            // Across the antimeridian the short way round is the one a vehicle took.
            dLon -= 360 * Math.Round(dLon / 360);
            var lon = before.Position.Longitude + k * dLon;
            lon -= 360 * Math.Round(lon / 360);
            return new GeoPosition(before.Position.Latitude + k * (after.Position.Latitude - before.Position.Latitude), lon);
        }

        return null;
    }
}
