using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

/// <summary>Feeds a supervisor and collects everything it raised and ended.</summary>
internal sealed class Replay(Supervisor supervisor)
{
    public const string LockId = "LOCK-1";
    public const string VehicleId = "TRUCK-1";

    public Supervisor Supervisor { get; } = supervisor;

    public List<Anomaly> Raised { get; } = [];

    public List<EpisodeEnd> Ended { get; } = [];

    public IReadOnlyList<Anomaly> RaisedOf(AnomalyType type) => [.. Raised.Where(a => a.Type == type)];

    public IReadOnlyList<EpisodeEnd> EndedOf(AnomalyType type) => [.. Ended.Where(e => e.Type == type)];

    public SupervisionResult Take(SupervisionResult result)
    {
        Raised.AddRange(result.Raised);
        Ended.AddRange(result.Ended);
        return result;
    }

    public Replay Locks(IEnumerable<Observation> fixes, string lockId = LockId)
    {
        foreach (var fix in fixes)
        {
            Take(Supervisor.OnLockFix(lockId, fix));
        }

        return this;
    }

    public Replay Vehicle(IEnumerable<Observation> fixes, string vehicleId = VehicleId)
    {
        foreach (var fix in fixes)
        {
            Take(Supervisor.OnVehicleFix(vehicleId, fix));
        }

        return this;
    }

    public Replay Clock(DateTimeOffset now)
    {
        Take(Supervisor.OnClock(now));
        return this;
    }

    /// <summary>
    /// Plays lock and vehicle fixes merged in time order, as a live feed would deliver them, with a clock tick every
    /// <paramref name="clockEvery"/> (the grain's wake-ups) in between.
    /// </summary>
    public Replay Live(IEnumerable<Observation> lockFixes, IEnumerable<Observation>? vehicleFixes = null, TimeSpan? clockEvery = null)
    {
        var inputs = lockFixes.Select(f => (f.Time, Order: 0, Act: (Func<SupervisionResult>)(() => Supervisor.OnLockFix(LockId, f))))
            .Concat((vehicleFixes ?? []).Select(f => (f.Time, Order: 1, Act: (Func<SupervisionResult>)(() => Supervisor.OnVehicleFix(VehicleId, f)))))
            .ToList();
        if (clockEvery is { } every && inputs.Count > 0)
        {
            var first = inputs.Min(i => i.Time);
            var last = inputs.Max(i => i.Time);
            for (var t = first + every; t <= last; t += every)
            {
                var now = t;
                inputs.Add((now, 2, () => Supervisor.OnClock(now)));
            }
        }

        foreach (var input in inputs.OrderBy(i => i.Time).ThenBy(i => i.Order))
        {
            Take(input.Act());
        }

        return this;
    }
}
