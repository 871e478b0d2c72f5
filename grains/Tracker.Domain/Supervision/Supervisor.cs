namespace Tracker.Domain.Supervision;

/// <summary>
/// The en-route anomaly rules of one transit: fed its fixes, clock ticks and voyage news, it says which anomalies
/// to raise and which episodes ended, each at most once per episode.
/// </summary>
/// <remarks>
/// All memory is in <see cref="State"/>, which the grain persists as JSON and hands back to a new supervisor after
/// reactivation; nothing else is kept between calls. Inputs must not run concurrently (a grain guarantees that).
/// <para>
/// Per device, fixes are evaluated in time order (issue 13 item 10). A lock fix older than the latest one processed is
/// late: the lock's rules are replayed from the state before its recent fixes (<see cref="ReorderWindow"/>) with the
/// late fix in its place, and whatever that replay raises or ends that was not raised or ended before is reported,
/// marked <see cref="Anomaly.Late"/> with its event time. A fix seen before (equal in every field) changes nothing, so
/// duplicates and reordering never change the outcome; a fix older than the window changes nothing either. TMIS
/// compares the tracks as they arrive and is not replayed; SLOS and the authorised unseal, which come from the clock
/// and the grain, carry over a replay. Vehicle fixes older than the latest change nothing. A gap between two fixes longer than
/// <see cref="RuleSettings.FixGapLimit"/> is not bridged: a stop, deviation or mismatch not yet raised restarts at
/// the fix after the gap, so neither a long stop nor a deviation is read into time nobody saw (the silence itself is
/// SLOS's), while an episode already raised goes on without raising again.
/// </para>
/// </remarks>
public sealed class Supervisor
{
    private readonly RuleContext _context;

    public Supervisor(SupervisionPlan plan, SupervisorState? state = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(plan.Settings);
        Plan = plan;
        State = state ?? new SupervisorState();
        _context = new RuleContext(plan);
    }

    public SupervisionPlan Plan { get; }

    /// <summary>Everything the rules remember; mutated in place, never replaced, so the grain may hold on to it.</summary>
    public SupervisorState State { get; }

    /// <summary>
    /// The earliest time at which <see cref="OnClock"/> could raise something: the soonest of each active lock's last
    /// fix plus <see cref="RuleSettings.SignalLostLimit"/> (locks already reported silent excluded) and the deadline
    /// plus <see cref="RuleSettings.OverdueGrace"/> (until OVRD is raised). A clock call at exactly this time raises.
    /// Null when nothing is pending, as after arrival.
    /// </summary>
    public DateTimeOffset? NextCheck
    {
        get
        {
            if (State.Arrived)
            {
                return null;
            }

            var signal = SignalLostRule.NextCheck(Plan.Settings, State);
            DateTimeOffset? overdue = State.OverdueRaised ? null : OverdueRule.DueAt(_context);
            return (signal, overdue) switch
            {
                ({ } s, { } o) => s < o ? s : o,
                ({ } s, null) => s,
                (null, var o) => o,
            };
        }
    }

    /// <summary>A position and seal report of a lock: RDEV, LSTP, OPEN, TAMP and TMIS; ends a SLOS episode.</summary>
    public SupervisionResult OnLockFix(string lockId, Observation fix)
    {
        ArgumentNullException.ThrowIfNull(lockId);
        ArgumentNullException.ThrowIfNull(fix);
        if (!State.Locks.TryGetValue(lockId, out var watch))
        {
            watch = new LockWatch();
            State.Locks[lockId] = watch;
        }

        var reorder = watch.Reorder ??= new ReorderWindow();
        if (reorder.Fixes.Contains(fix))
        {
            return SupervisionResult.Empty;
        }

        if (watch.LastFixAt is { } last && fix.Time < last)
        {
            return Late(lockId, watch, reorder, fix);
        }

        reorder.Base ??= LockWatchJson.Snapshot(watch);
        var outcome = new Outcome();
        Evaluate(outcome, lockId, watch, fix, compareWithVehicle: true);
        var result = outcome.ToResult();
        reorder.Fixes.Add(fix);
        Remember(reorder, result);
        if (reorder.Fixes.Count > ReorderWindow.Capacity)
        {
            Fold(lockId, reorder);
        }

        return result;
    }

    /// <summary>The lock rules on one fix in time order.</summary>
    private void Evaluate(Outcome outcome, string lockId, LockWatch watch, Observation fix, bool compareWithVehicle)
    {
        var afterGap = watch.LastFixAt is { } previous && fix.Time - previous > Plan.Settings.FixGapLimit;
        SignalLostRule.OnFix(outcome, lockId, watch, fix);

        // Seal rules outlive arrival: a box opened outside the unsealing zone after the gate is still opened there.
        SealRule.OnFix(_context, outcome, lockId, watch, fix);
        if (!State.Arrived)
        {
            DeviationRule.OnFix(_context, outcome, lockId, watch.Deviation, fix, afterGap);
            LongStopRule.OnFix(_context, outcome, lockId, watch, fix, afterGap);
        }

        TrackExcerpt.AppendRecent(watch.Recent, fix);
        watch.LastFixAt = fix.Time;
        if (!State.Arrived && compareWithVehicle)
        {
            MismatchRule.OnLockFix(_context, outcome, State, lockId, watch);
        }
    }

    /// <summary>
    /// A fix older than the latest: the lock's rules replayed from the window's base with it in its place; what the
    /// replay raises or ends beyond what was reported already is reported now, marked late.
    /// </summary>
    private SupervisionResult Late(string lockId, LockWatch watch, ReorderWindow reorder, Observation fix)
    {
        if (reorder.Base is not { } snapshot || (reorder.Folded && fix.Time < reorder.Fixes[0].Time))
        {
            return SupervisionResult.Empty;
        }

        List<Observation> ordered = [.. reorder.Fixes.Append(fix).OrderBy(f => f, ObservationOrder.Instance)];
        var rebuilt = LockWatchJson.Restore(snapshot);
        var replay = new Outcome();
        foreach (var f in ordered)
        {
            Evaluate(replay, lockId, rebuilt, f, compareWithVehicle: false);
        }

        // Clock and grain facts are not in the fixes: they carry over.
        rebuilt.SignalLost = watch.SignalLost;
        rebuilt.Seal.AuthorisedUnseal |= watch.Seal.AuthorisedUnseal;
        reorder.Fixes = ordered;
        rebuilt.Reorder = reorder;
        State.Locks[lockId] = rebuilt;

        var outcome = new Outcome();
        var reported = reorder.Emitted.GroupBy(e => (e.Type, e.Ended)).ToDictionary(g => g.Key, g => g.Count());
        var replayed = replay.ToResult();
        foreach (var anomaly in replayed.Raised)
        {
            if (!Consume(reported, anomaly.Type, ended: false))
            {
                outcome.Raise(anomaly with { Late = true });
            }
        }

        foreach (var end in replayed.Ended)
        {
            if (end.Type != AnomalyType.SLOS && !Consume(reported, end.Type, ended: true))
            {
                outcome.End(end.Type, end.Device, end.At, end.Summary);
            }
        }

        var result = outcome.ToResult();
        Remember(reorder, result);
        return result;
    }

    private static bool Consume(Dictionary<(AnomalyType, bool), int> reported, AnomalyType type, bool ended)
    {
        if (reported.TryGetValue((type, ended), out var n) && n > 0)
        {
            reported[(type, ended)] = n - 1;
            return true;
        }

        return false;
    }

    private static void Remember(ReorderWindow reorder, SupervisionResult result)
    {
        reorder.Emitted.AddRange(result.Raised.Select(a => new EmittedEpisode(a.Type, false, a.At)));
        reorder.Emitted.AddRange(result.Ended.Select(e => new EmittedEpisode(e.Type, true, e.At)));
    }

    /// <summary>The window is full: its older half moves into the base state, and what they raised is forgotten with them.</summary>
    private void Fold(string lockId, ReorderWindow reorder)
    {
        var keep = reorder.Fixes.Count / 2;
        var folded = reorder.Fixes.Take(reorder.Fixes.Count - keep).ToList();
        var rebuilt = LockWatchJson.Restore(reorder.Base!);
        var discard = new Outcome();
        foreach (var f in folded)
        {
            Evaluate(discard, lockId, rebuilt, f, compareWithVehicle: false);
        }

        reorder.Base = LockWatchJson.Snapshot(rebuilt);
        reorder.Folded = true;
        reorder.Fixes.RemoveRange(0, folded.Count);
        var from = reorder.Fixes[0].Time;
        reorder.Emitted.RemoveAll(e => e.At < from);
    }

    /// <summary>A position report of the vehicle carrying the locks: compared with the locks' tracks for TMIS.</summary>
    public SupervisionResult OnVehicleFix(string vehicleId, Observation fix)
    {
        ArgumentNullException.ThrowIfNull(vehicleId);
        ArgumentNullException.ThrowIfNull(fix);
        if (!State.Vehicles.TryGetValue(vehicleId, out var vehicle))
        {
            vehicle = new VehicleWatch();
            State.Vehicles[vehicleId] = vehicle;
        }

        if (vehicle.LastFixAt is { } last && fix.Time < last)
        {
            return SupervisionResult.Empty;
        }

        TrackExcerpt.AppendRecent(vehicle.Recent, fix);
        vehicle.LastFixAt = fix.Time;
        if (State.Arrived)
        {
            return SupervisionResult.Empty;
        }

        var outcome = new Outcome();
        MismatchRule.OnVehicleFix(_context, outcome, State, vehicleId, vehicle);
        return outcome.ToResult();
    }

    /// <summary>The passing of time: SLOS and OVRD, which no input announces. Nothing after arrival.</summary>
    public SupervisionResult OnClock(DateTimeOffset now)
    {
        if (State.Arrived)
        {
            return SupervisionResult.Empty;
        }

        var outcome = new Outcome();
        SignalLostRule.OnClock(_context, outcome, State, now);
        OverdueRule.OnClock(_context, outcome, State, now);
        return outcome.ToResult();
    }

    /// <summary>
    /// The transit arrived: RDEV, LSTP, SLOS, OVRD, TMIS and CONN are finished. Their raised episodes end here (OVRD's
    /// saying how late it arrived); OPEN, TAMP and UPRT stay watched. A second call changes nothing.
    /// </summary>
    public SupervisionResult OnArrived(DateTimeOffset at)
    {
        if (State.Arrived)
        {
            return SupervisionResult.Empty;
        }

        State.Arrived = true;
        State.ArrivedAt = at;
        var outcome = new Outcome();
        foreach (var (lockId, watch) in State.Locks.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (watch.Deviation.Raised)
            {
                outcome.End(AnomalyType.RDEV, lockId, at, "closed by the transit's arrival");
            }

            if (watch.Stop is { Raised: true })
            {
                outcome.End(AnomalyType.LSTP, lockId, at, "closed by the transit's arrival");
            }

            if (watch.SignalLost)
            {
                outcome.End(AnomalyType.SLOS, lockId, at, "closed by the transit's arrival");
            }

            watch.Deviation.Reset();
            watch.Stop = null;
            watch.SignalLost = false;
        }

        MismatchRule.OnArrived(outcome, State, at);
        OverdueRule.OnArrived(_context, outcome, State, at);
        ConnectionRule.OnArrived(outcome, State, at);
        return outcome.ToResult();
    }

    /// <summary>The lock was removed under supervision (the grain saw the authorised unseal): later opened or tampered reports raise nothing.</summary>
    /// <remarks>Needed when the grain handles the fixes inside the unsealing zone itself and the supervisor never sees them.</remarks>
    public SupervisionResult OnUnsealed(string lockId)
    {
        ArgumentNullException.ThrowIfNull(lockId);
        if (!State.Locks.TryGetValue(lockId, out var watch))
        {
            watch = new LockWatch();
            State.Locks[lockId] = watch;
        }

        watch.Seal.AuthorisedUnseal = true;
        return SupervisionResult.Empty;
    }

    /// <summary>A new feeder ETA at the hub, observed at <paramref name="observedAt"/>: CONN for water transfers.</summary>
    public SupervisionResult OnFeederEta(DateTimeOffset eta, DateTimeOffset observedAt)
    {
        if (State.Arrived)
        {
            return SupervisionResult.Empty;
        }

        var outcome = new Outcome();
        ConnectionRule.OnEta(_context, outcome, State, eta, observedAt);
        return outcome.ToResult();
    }

    /// <summary>The carrier called at a port: UPRT when the port is not on the declared route.</summary>
    public SupervisionResult OnPortCall(string unLocode, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unLocode);
        var outcome = new Outcome();
        PortRule.OnCall(_context, outcome, State, unLocode, null, at);
        return outcome.ToResult();
    }

    /// <summary>A container of the transit was discharged at a port: UPRT when the port is not on the declared route.</summary>
    public SupervisionResult OnDischarge(string container, string unLocode, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(unLocode);
        var outcome = new Outcome();
        PortRule.OnCall(_context, outcome, State, unLocode, container, at);
        return outcome.ToResult();
    }
}
