using System.Collections.Immutable;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Geography;
using Tracker.Domain.Timing;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Consignments;

/// <summary>
/// Checks a declaration field by field and builds the grain's immutable form. Every list has a cap no real
/// transit reaches (a 500-box block train, two locks a box, a corridor at a point every 100 m over 1,000 km),
/// and duplicates are found with sets, so a hostile declaration costs the host little (issue 13 item 7).
/// </summary>
public static class ConsignmentValidator
{
    public const int MaxContainers = 500;
    public const int MaxLocks = 2 * MaxContainers;
    public const int MaxPathPoints = 10_000;
    public const int MaxZones = 100;
    public const double MaxBufferMeters = 50_000;

    public static ConsignmentDeclaration? Validate(ConsignmentRequest r, DateTimeOffset now, FieldErrors errors)
    {
        var id = Check.Id(errors, "id", r.Id);
        var tenant = Check.Id(errors, "tenant", r.Tenant);
        var mode = Check.Enum<ConsignmentMode>(errors, "mode", r.Mode);
        var departure = Check.Id(errors, "departureOffice", r.DepartureOffice);
        var destinationOffice = Check.Id(errors, "destinationOffice", r.DestinationOffice);
        var supervising = Check.Id(errors, "supervisingOffice", r.SupervisingOffice, required: false);
        var origin = ValidatePlace(errors, "origin", r.Origin);
        var destination = ValidatePlace(errors, "destination", r.Destination);
        var corridor = ValidateCorridor(errors, r.Corridor);
        var zones = ValidateZones(errors, r.Zones);
        var deadline = Check.Time(errors, "deadline", r.Deadline, SaneTimes.Planned(now));
        var containers = ValidateContainers(errors, r.Containers);
        var locks = ValidateLocks(errors, r.Locks, containers);
        var vehicle = Check.Id(errors, "vehicleId", r.VehicleId, required: false);
        var train = Check.Id(errors, "trainId", r.TrainId, required: false);
        var feeder = Check.Imo(errors, "feederImo", r.FeederImo, required: false);
        var connection = ValidateConnection(errors, r.Connection, now);
        ValidateRules(errors, r.Rules);

        // Each mode names its carrier: locks on the road, a train on rail, a feeder on water.
        switch (mode)
        {
            case ConsignmentMode.Road when r.Locks is null or { Count: 0 }:
                errors.Add("locks", "a ROAD transit runs under smart lock: at least one lock is required");
                break;
            case ConsignmentMode.Rail when r.TrainId is null:
                errors.Add("trainId", "is required for a RAIL transit");
                break;
            case ConsignmentMode.Water when r.FeederImo is null:
                errors.Add("feederImo", "is required for a WATER transit");
                break;
        }

        if (r.Connection is not null && mode is not (null or ConsignmentMode.Water))
        {
            errors.Add("connection", "only a WATER transit connects with a mainline vessel");
        }

        if (errors.Any)
        {
            return null;
        }

        return new ConsignmentDeclaration(
            id!, tenant!, mode!.Value, departure!, destinationOffice!, supervising, origin!, destination!, corridor!, zones,
            deadline!.Value, containers, locks, vehicle, train, feeder, connection, r.Rules);
    }

    private static Place? ValidatePlace(FieldErrors errors, string field, PlaceRequest? place)
    {
        if (!Check.Present(errors, field, place))
        {
            return null;
        }

        var code = Check.UnLocode(errors, $"{field}.unLocode", place!.UnLocode);
        var facility = Check.Facility(errors, $"{field}.facility", place.Facility);
        return code is null ? null : new Place(code, facility);
    }

    private static Corridor? ValidateCorridor(FieldErrors errors, CorridorRequest? corridor)
    {
        if (!Check.Present(errors, "corridor", corridor))
        {
            return null;
        }

        var points = ImmutableArray.CreateBuilder<Coordinate>();
        if (corridor!.Path is not { Count: >= 2 } path)
        {
            errors.Add("corridor.path", "must have at least two [lon, lat] points");
        }
        else if (path.Count > MaxPathPoints)
        {
            errors.Add("corridor.path", $"must have at most {MaxPathPoints} points");
        }
        else
        {
            for (var i = 0; i < path.Count; i++)
            {
                if (Coordinate(errors, $"corridor.path[{i}]", path[i]) is { } c)
                {
                    points.Add(c);
                }
            }
        }

        if (!Check.Present(errors, "corridor.bufferMeters", corridor.BufferMeters))
        {
            return null;
        }

        var buffer = Check.Range(errors, "corridor.bufferMeters", corridor.BufferMeters, 1, MaxBufferMeters);
        return buffer is null ? null : new Corridor(points.ToImmutable(), buffer.Value);
    }

    private static ImmutableArray<Zone> ValidateZones(FieldErrors errors, IReadOnlyList<ZoneRequest?>? zones)
    {
        if (zones is null)
        {
            return [];
        }

        if (zones.Count > MaxZones)
        {
            errors.Add("zones", $"must have at most {MaxZones} zones");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Zone>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < zones.Count; i++)
        {
            var field = $"zones[{i}]";
            if (!Check.Present(errors, field, zones[i]))
            {
                continue;
            }

            var z = zones[i]!;
            var id = Check.Id(errors, $"{field}.id", z.Id);
            if (id is not null && !ids.Add(id))
            {
                errors.Add($"{field}.id", $"zone {id} appears twice");
            }

            var kind = Check.Enum<ZoneKind>(errors, $"{field}.kind", z.Kind);
            var center = Check.Present(errors, $"{field}.center", z.Center) ? Coordinate(errors, $"{field}.center", z.Center) : null;
            var radius = Check.Present(errors, $"{field}.radiusMeters", z.RadiusMeters)
                ? Check.Range(errors, $"{field}.radiusMeters", z.RadiusMeters, 1, MaxBufferMeters)
                : null;
            if (id is not null && kind is { } k && center is { } c && radius is { } r)
            {
                result.Add(new Zone(id, k, c, r));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> ValidateContainers(FieldErrors errors, IReadOnlyList<string?>? containers)
    {
        if (containers is not { Count: > 0 })
        {
            errors.Add("containers", "at least one container number is required");
            return [];
        }

        if (containers.Count > MaxContainers)
        {
            errors.Add("containers", $"must have at most {MaxContainers} containers");
            return [];
        }

        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            if (Check.Container(errors, $"containers[{i}]", containers[i]) is { } number)
            {
                if (!seen.Add(number))
                {
                    errors.Add($"containers[{i}]", $"{number} appears twice");
                }
                else
                {
                    result.Add(number);
                }
            }
        }

        return [.. result];
    }

    private static ImmutableArray<LockAssignment> ValidateLocks(FieldErrors errors, IReadOnlyList<LockRequest?>? locks, ImmutableArray<string> containers)
    {
        if (locks is null)
        {
            return [];
        }

        if (locks.Count > MaxLocks)
        {
            errors.Add("locks", $"must have at most {MaxLocks} locks");
            return [];
        }

        var result = new List<LockAssignment>();
        var lockIds = new HashSet<string>(StringComparer.Ordinal);
        var boxes = containers.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < locks.Count; i++)
        {
            var field = $"locks[{i}]";
            if (!Check.Present(errors, field, locks[i]))
            {
                continue;
            }

            var lockId = Check.Id(errors, $"{field}.lockId", locks[i]!.LockId);
            var container = Check.Container(errors, $"{field}.container", locks[i]!.Container);
            if (lockId is null || container is null)
            {
                continue;
            }

            if (!boxes.Contains(container))
            {
                errors.Add($"{field}.container", $"{container} is not one of the consignment's containers");
            }
            else if (!lockIds.Add(lockId))
            {
                errors.Add($"{field}.lockId", $"lock {lockId} appears twice");
            }
            else
            {
                result.Add(new LockAssignment(lockId, container));
            }
        }

        return [.. result];
    }

    private static Connection? ValidateConnection(FieldErrors errors, ConnectionRequest? connection, DateTimeOffset now)
    {
        if (connection is null)
        {
            return null;
        }

        var imo = Check.Imo(errors, "connection.mainlineImo", connection.MainlineImo);
        var cutoff = Check.Time(errors, "connection.cutoff", connection.Cutoff, SaneTimes.Planned(now));
        return imo is null || cutoff is null ? null : new Connection(imo, cutoff.Value);
    }

    /// <summary>Every threshold is a distance, a speed or a duration: finite, not negative, not absurd.</summary>
    private static void ValidateRules(FieldErrors errors, RuleOverrides? rules)
    {
        if (rules is null)
        {
            return;
        }

        const double Week = 7 * 24 * 3600;
        Check.Range(errors, "rules.deviationDistanceMeters", rules.DeviationDistanceMeters, 0, MaxBufferMeters);
        Check.Range(errors, "rules.deviationToleranceSeconds", rules.DeviationToleranceSeconds, 0, Week);
        Check.Range(errors, "rules.deviationReturnToleranceSeconds", rules.DeviationReturnToleranceSeconds, 0, Week);
        Check.Range(errors, "rules.stopSpeedKmh", rules.StopSpeedKmh, 0, 50);
        Check.Range(errors, "rules.stopRadiusMeters", rules.StopRadiusMeters, 0, 10_000);
        Check.Range(errors, "rules.longStopSeconds", rules.LongStopSeconds, 1, Week);
        Check.Range(errors, "rules.signalLostSeconds", rules.SignalLostSeconds, 1, Week);
        Check.Range(errors, "rules.overdueGraceSeconds", rules.OverdueGraceSeconds, 0, Week);
        Check.Range(errors, "rules.mismatchDistanceMeters", rules.MismatchDistanceMeters, 0, MaxBufferMeters);
        Check.Range(errors, "rules.mismatchToleranceSeconds", rules.MismatchToleranceSeconds, 0, Week);
        Check.Range(errors, "rules.connectionMarginSeconds", rules.ConnectionMarginSeconds, 0, Week);
    }

    private static Coordinate? Coordinate(FieldErrors errors, string field, double[]? pair)
    {
        if (pair is not { Length: 2 })
        {
            errors.Add(field, "must be a [lon, lat] pair");
            return null;
        }

        if (!GeoPosition.TryCreate(pair[1], pair[0], out _, out var error))
        {
            errors.Add(field, error!);
            return null;
        }

        return new Coordinate(pair[0], pair[1]);
    }
}
