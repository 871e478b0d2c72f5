using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Alerts;
using Tracker.Grains.Common;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Supervision;
using Tracker.Grains.Vehicles;

namespace Tracker.Grains.Consignments;

/// <summary>En-route supervision: every fix is checked by the anomaly rules; alerts are raised once per episode.</summary>
public sealed partial class TransferConsignmentGrain
{
    private Supervisor? _supervisor;

    private Supervisor Supervisor
    {
        get
        {
            if (_supervisor is null)
            {
                var s = _state.State;
                _supervisor = new Supervisor(SupervisionPlans.For(s.Declaration!), s.Supervision);
                s.Supervision = _supervisor.State;
            }

            return _supervisor;
        }
    }

    private bool Supervised => _state.State is { Declaration: not null, Status: not TransitStatus.Closed };

    public Task OnLockFixes(string lockId, ImmutableArray<LockFix> fixes) => OnLocksFixes([new LockNewFixes(lockId, fixes)]);

    public async Task OnLocksFixes(ImmutableArray<LockNewFixes> locks)
    {
        foreach (var (lockId, fixes) in locks)
        {
            await TakeLockFixes(lockId, fixes);
        }

        await Reschedule();
    }

    private async Task TakeLockFixes(string lockId, ImmutableArray<LockFix> fixes)
    {
        var s = _state.State;
        if (s.Declaration is not { } declaration || fixes.IsEmpty || !s.Locks.TryGetValue(lockId, out var known))
        {
            return;
        }

        var latest = fixes.MaxBy(f => f.Time)!;
        s.Locks[lockId] = known.LastFix is { } last && last.Time >= latest.Time
            ? known with { Reports = known.Reports + fixes.Length }
            : known with
            {
                Seal = latest.Seal,
                BatteryPct = latest.BatteryPct ?? known.BatteryPct,
                LastFix = new Position(latest.Lat, latest.Lon, latest.Time, $"lock:{lockId}", latest.SpeedKmh, latest.Heading),
                Reports = known.Reports + fixes.Length,
            };
        _state.Changed();

        await EnterTransit(latest.Time, $"first fix of lock {lockId} en route");

        foreach (var fix in fixes.OrderBy(f => f.Time))
        {
            if (!Supervised)
            {
                break;
            }

            // At the destination: arrival (and, for an opened seal, the authorised unseal) instead of an alert.
            if (s.Status is (TransitStatus.Departed or TransitStatus.InTransit or TransitStatus.Arrived) && SupervisionPlans.InUnsealZone(declaration, fix.Lat, fix.Lon))
            {
                await ArriveAtGate(known.Container!, lockId, fix.Seal, fix.Time, new GeoPosition(fix.Lat, fix.Lon), $"lock {lockId} inside the unsealing zone");
                continue;
            }

            await Handle(Supervisor.OnLockFix(lockId, new Observation(fix.Time, new GeoPosition(fix.Lat, fix.Lon), fix.SpeedKmh, fix.Seal)));
        }
    }

    public async Task OnVehicleFixes(string vehicleId, ImmutableArray<VehicleFix> fixes)
    {
        if (!Supervised || fixes.IsEmpty)
        {
            return;
        }

        // A train's boxes carry no locks: its own GNSS shows the transit under way.
        await EnterTransit(fixes.Min(f => f.Time), $"first fix of {vehicleId} en route");

        foreach (var fix in fixes.OrderBy(f => f.Time))
        {
            await Handle(Supervisor.OnVehicleFix(vehicleId, new Observation(fix.Time, new GeoPosition(fix.Lat, fix.Lon), fix.SpeedKmh, null)));
        }
    }

    public async Task OnFeeder(FeederNews news)
    {
        if (!Supervised)
        {
            return;
        }

        var declaration = _state.State.Declaration!;
        if (news.Eta is { } eta)
        {
            await Handle(Supervisor.OnFeederEta(eta, news.ObservedAt));
        }

        if (news.CalledAt is { } port)
        {
            await Handle(
                news.DischargedContainer is { } container
                    ? declaration.Containers.Contains(container) ? Supervisor.OnDischarge(container, port, news.ObservedAt) : SupervisionResult.Empty
                    : Supervisor.OnPortCall(port, news.ObservedAt));
        }
    }

    public async Task<DateTimeOffset?> OnClock(DateTimeOffset now)
    {
        if (!Supervised)
        {
            return null;
        }

        await Handle(Supervisor.OnClock(now));
        _state.State.ScheduledAt = Supervised ? Supervisor.NextCheck : null;
        _state.Changed();
        return _state.State.ScheduledAt;
    }

    /// <summary>The first fix after departure shows the transit under way (in transit).</summary>
    private async Task EnterTransit(DateTimeOffset at, string cause)
    {
        var s = _state.State;
        if (s.Status == TransitStatus.Departed
            && s.Lifecycle.Apply(TransitStep.EnterTransit) is { IsRejected: false } outcome
            && Record(outcome, at, cause))
        {
            _state.Changed();
            await AfterStatusChange();
        }
    }

    /// <summary>
    /// A container reaches the destination gate or unsealing zone. With its seal intact (or
    /// opened there, the authorised unseal) the arrival report is recorded and, once every box
    /// has arrived, the transit closes with no human step. A seal broken before blocks that.
    /// </summary>
    private async Task ArriveAtGate(string container, string? lockId, SealState seal, DateTimeOffset at, GeoPosition? where, string cause)
    {
        var s = _state.State;
        var declaration = s.Declaration!;
        if (s.Status is not (TransitStatus.Departed or TransitStatus.InTransit or TransitStatus.Arrived) || s.OnHold)
        {
            return;
        }

        // A seal broken en route was alerted then; one tampered here is alerted now. Either way
        // the transit waits for an officer.
        if (lockId is not null && s.BrokenSeals.Contains(lockId))
        {
            return;
        }

        if (seal == SealState.Tampered)
        {
            s.BrokenSeals.Add(lockId ?? container);
            await RaiseAlert(
                new Anomaly(AnomalyType.TAMP, Severity.Critical, at, where, lockId, new Evidence(null, null, [], $"seal of {container} tampered at arrival: automatic closure blocked")),
                EpisodeKey(AnomalyType.TAMP, lockId));
            return;
        }

        if (!s.ArrivedContainers.Add(container))
        {
            return;
        }

        _state.Changed();
        var statusChanged = Record(s.Lifecycle.Apply(TransitStep.Arrive), at, cause);
        await Handle(Supervisor.OnArrived(at));
        var milestones = new List<TrackerEvent>
        {
            new($"{Id}.ARRP.{container}", EventType.Equipment, EventCode.ARRP, EventClassifier.Act, at, container,
                UnLocode: declaration.Destination.UnLocode, Facility: declaration.Destination.Facility, ConsignmentId: Id),
        };

        if (seal == SealState.Opened)
        {
            statusChanged |= Record(s.Lifecycle.Apply(TransitStep.Unseal), at, $"{cause}, seal opened there");
            if (lockId is not null)
            {
                Supervisor.OnUnsealed(lockId);
            }
        }

        if (s.ArrivedContainers.IsSupersetOf(declaration.Containers))
        {
            statusChanged |= Record(s.Lifecycle.Apply(TransitStep.Close), at, "every container arrived with its seal intact");
            milestones.AddRange(declaration.Containers.Select(c => new TrackerEvent(
                $"{Id}.TCLS.{c}", EventType.Transit, EventCode.TCLS, EventClassifier.Act, at, c,
                UnLocode: declaration.Destination.UnLocode, ConsignmentId: Id)));
        }

        await Task.WhenAll(milestones.GroupBy(m => m.EquipmentReference!).Select(g =>
            GrainFactory.Ref<IContainerGrain>(g.Key).Apply([.. g])));
        if (statusChanged)
        {
            await AfterStatusChange();
        }
    }

    private async Task Handle(SupervisionResult result)
    {
        if (result.Raised.Count == 0 && result.Ended.Count == 0)
        {
            return;
        }

        _state.Changed();
        foreach (var anomaly in result.Raised)
        {
            if (anomaly.Type is AnomalyType.OPEN or AnomalyType.TAMP && anomaly.Device is { } lockId)
            {
                _state.State.BrokenSeals.Add(lockId);
            }

            // Two boxes on one truck that leaves the road are one deviation, not two alerts.
            var episode = EpisodeKey(anomaly.Type, anomaly.Device);
            if (!_state.State.OpenEpisodes.ContainsKey(episode))
            {
                await RaiseAlert(anomaly, episode);
            }
        }

        foreach (var end in result.Ended)
        {
            if (_state.State.OpenEpisodes.Remove(EpisodeKey(end.Type, end.Device), out var alertId) && alertId.Length > 0)
            {
                await GrainFactory.Ref<IAlertGrain>(alertId).EpisodeEnded(end.At, end.Summary);
            }
        }
    }

    private async Task RaiseAlert(Anomaly anomaly, string episode)
    {
        var s = _state.State;
        var declaration = s.Declaration!;
        var key = anomaly.Type.ToString();
        var ordinal = s.AlertCounts[key] = s.AlertCounts.GetValueOrDefault(key) + 1;
        var id = AlertIds.For(Id, anomaly.Type, ordinal);
        var containers = anomaly.Device is { } device && declaration.Locks.FirstOrDefault(l => l.LockId == device) is { } bound
            ? [bound.Container]
            : declaration.Containers;
        var alert = new AlertView(
            id, anomaly.Type, anomaly.Severity, Id, containers, anomaly.At,
            anomaly.Position is { } p ? new AlertPosition(p.Latitude, p.Longitude) : null,
            new AlertEvidence(
                anomaly.Evidence.Summary,
                anomaly.Evidence.DistanceFromCorridorMeters,
                anomaly.Evidence.Duration?.TotalSeconds,
                [.. anomaly.Evidence.Track.Select(o => new EvidencePoint(o.Time, o.Position.Latitude, o.Position.Longitude, o.SpeedKmh, o.Seal))]),
            AlertStatus.Open, [], declaration.Offices, declaration.Tenant, anomaly.Device);
        var receivedAt = clock.GetUtcNow();
        if (anomaly.Late || receivedAt - anomaly.At > AlertView.LateAfter)
        {
            alert = alert with { Late = true, ReceivedAt = receivedAt };
        }


        s.AlertIds.Add(id);
        s.OpenEpisodes[episode] = id;
        await GrainFactory.Ref<IAlertGrain>(id).Raise(alert);
    }

    /// <summary>
    /// What an alert is about: the conveyance (route, stops, its GNSS against the locks) is one
    /// per transit whatever the number of locks aboard; seals and their signals are per lock.
    /// </summary>
    private static string EpisodeKey(AnomalyType type, string? device) =>
        type is AnomalyType.RDEV or AnomalyType.LSTP or AnomalyType.TMIS ? $"{type}/" : $"{type}/{device}";

    /// <summary>
    /// Tells the schedule only when the next check moved earlier: fixes move it later (the
    /// signal-lost clock restarts), and the schedule learns that when it wakes the transit.
    /// </summary>
    private async Task Reschedule()
    {
        var s = _state.State;
        var next = Supervised ? Supervisor.NextCheck : null;
        if (next is { } at && (s.ScheduledAt is null || at < s.ScheduledAt))
        {
            await GrainFactory.ScheduleOf(Id).Watch(Id, at);
            s.ScheduledAt = at;
        }
        else if (next is null && s.ScheduledAt is not null)
        {
            await GrainFactory.ScheduleOf(Id).Watch(Id, null);
            s.ScheduledAt = null;
        }
    }
}
