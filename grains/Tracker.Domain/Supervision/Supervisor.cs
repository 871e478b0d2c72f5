namespace Tracker.Domain.Supervision;

/// <summary>
/// The en-route anomaly rules of one transit: fed its fixes, clock ticks and voyage news, it says which anomalies
/// to raise and which episodes ended, each at most once per episode.
/// </summary>
/// <remarks>
/// All memory is in <see cref="State"/>, which the grain persists as JSON and hands back to a new supervisor after
/// reactivation; nothing else is kept between calls. Inputs must not run concurrently (a grain guarantees that).
/// <para>
/// Per device, fixes are processed in time order. A fix older than the latest one processed for its device is late
/// and changes nothing, so it can never raise anything: replaying it after newer fixes would put the rules back in
/// time. A fix the same age as the latest is processed. A gap between two fixes longer than
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

        if (watch.LastFixAt is { } last && fix.Time < last)
        {
            return SupervisionResult.Empty;
        }

        var afterGap = watch.LastFixAt is { } previous && fix.Time - previous > Plan.Settings.FixGapLimit;
        var outcome = new Outcome();
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
        if (!State.Arrived)
        {
            MismatchRule.OnLockFix(_context, outcome, State, lockId, watch);
        }

        return outcome.ToResult();
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
