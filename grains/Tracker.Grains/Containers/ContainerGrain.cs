using System.Collections.Immutable;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Events;
using Tracker.Grains.Live;
using Tracker.Grains.Storage;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Grains.Containers;

public sealed class ContainerGrain(
    [PersistentState("container", TrackerStorage.Name)] IPersistentState<ContainerState> persisted,
    DirtyGrains dirty,
    LiveFeed live,
    IGrainContext context) : Grain, IContainerGrain, ICheckpointable
{
    private readonly CheckpointedState<ContainerState> _state = new(persisted, dirty, context);
    private HashSet<string>? _seen;

    private string Number => this.GetPrimaryKeyString();

    public Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        _seen ??= _state.State.Timeline.Select(m => m.EventId).ToHashSet(StringComparer.Ordinal);
        var outcomes = ImmutableArray.CreateBuilder<EventOutcome>(events.Length);
        foreach (var e in events)
        {
            if (!_seen.Add(e.EventId))
            {
                outcomes.Add(EventOutcome.Duplicate);
                continue;
            }

            ContainerEvents.Apply(_state.State, e);
            _state.Changed();
            outcomes.Add(EventOutcome.Applied);
        }

        if (_state.IsDirty)
        {
            var s = _state.State;
            live.Publish(new LiveItem(
                LiveItem.KeyOf(LiveKind.Container, Number), LiveKind.Container, s.Timeline[^1].Time,
                Label: s.Terminal.LastCode?.ToString(), Status: s.Customs.Summary,
                ConsignmentId: s.Consignments.LastOrDefault()?.ConsignmentId, Containers: [Number], Held: s.Customs.Held,
                Offices: s.Consignments.LastOrDefault()?.Offices));
        }

        return Task.FromResult(outcomes.MoveToImmutable());
    }

    public async Task<ImmutableArray<EventOutcome>> Record(ImmutableArray<TrackerEvent> events)
    {
        var outcomes = await Apply(events);
        if (_state.IsDirty)
        {
            await _state.WriteNow();
        }

        return outcomes;
    }

    public async Task Link(ConsignmentLink link)
    {
        var links = _state.State.Consignments;
        if (links.Any(l => l.ConsignmentId == link.ConsignmentId))
        {
            return;
        }

        links.Add(link);
        _state.State.Customs = _state.State.Customs with { DeclaredAt = _state.State.Customs.DeclaredAt ?? link.DeclaredAt };
        await _state.WriteNow();
    }

    public async Task<string?> Claim(string consignmentId, string? replacing = null)
    {
        var s = _state.State;

        // Boxes claimed before claims were kept: the latest transit not known to have closed may still hold it.
        var holder = s.Holder ?? s.Consignments.LastOrDefault(l => l.Open && l.ConsignmentId != consignmentId)?.ConsignmentId;
        if (holder is not null && holder != consignmentId && holder != replacing)
        {
            return holder;
        }

        if (s.Holder != consignmentId)
        {
            s.Holder = consignmentId;
            await _state.WriteNow();
        }

        return null;
    }

    public async Task Free(string consignmentId)
    {
        if (_state.State.Holder == consignmentId)
        {
            _state.State.Holder = null;
            await _state.WriteNow();
        }
    }

    public async Task Close(string consignmentId, DateTimeOffset closedAt)
    {
        var s = _state.State;
        var index = s.Consignments.FindIndex(l => l.ConsignmentId == consignmentId);
        var changed = index >= 0 && s.Consignments[index].ClosedAt != closedAt;
        if (changed)
        {
            s.Consignments[index] = s.Consignments[index] with { ClosedAt = closedAt };
        }

        if (s.Holder == consignmentId)
        {
            s.Holder = null;
            changed = true;
        }

        if (changed)
        {
            await _state.WriteNow();
        }
    }

    public Task<ContainerView> Get() => Build(_state.State, live: true);

    public Task<ContainerView> View(ContainerAudience audience)
    {
        var s = _state.State;
        var mine = s.Consignments.Where(audience.Includes).ToList();
        if (mine.Count == 0)
        {
            // Not this audience's box: the same answer as a box nobody declared.
            return Task.FromResult(new ContainerView(
                Number, false, CustomsStatus.None, TerminalStatus.None, SealStatus.None, null, null, null, [], []));
        }

        // Where the carrier is now is the audience's business only while one of its transits is open.
        return Build(ContainerWindows.Replay(Number, s.Timeline, mine), live: mine.Any(l => l.Open));
    }

    /// <param name="live">Whether the carrier's present position and ETA belong to the view.</param>
    private async Task<ContainerView> Build(ContainerState s, bool live)
    {
        // Position and seal are read from the lock and carrier when asked for, so that one
        // AIS report or lock fix never fans out into a write per container.
        // The lock as its consignment saw it: once that transit closes the lock may travel on
        // with another container, which this one must not follow.
        var link = s.Consignments.LastOrDefault(l => l.LockId is not null);
        var lockId = link?.LockId;
        var lockView = link is null ? null : await GrainFactory.GetGrain<ITransferConsignmentGrain>(link.ConsignmentId).GetLock(link.LockId!);
        var (carrierPosition, eta) = live ? await ReadCarrier(s.Carrier) : (null, null);

        var position = new[] { lockView?.LastFix, carrierPosition }.OfType<Position>().MaxBy(p => p.Time);
        var seal = lockView?.LastFix is { } fix && (s.Seal.UpdatedAt is null || fix.Time >= s.Seal.UpdatedAt)
            ? s.Seal with { LockId = lockId, State = lockView.Seal, BatteryPct = lockView.BatteryPct, UpdatedAt = fix.Time }
            : s.Seal with { LockId = lockId ?? s.Seal.LockId };

        return new ContainerView(Number, s.Known, s.Customs, s.Terminal, seal, position, s.Carrier, eta, [.. s.Consignments], [.. s.Timeline]);
    }

    public Task Flush() => _state.Flush();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();

    private async Task<(Position? Position, DateTimeOffset? Eta)> ReadCarrier(Carrier? carrier)
    {
        switch (carrier?.Kind)
        {
            case CarrierKind.Vessel:
                var vessel = await GrainFactory.GetGrain<IVesselGrain>(carrier.Id).Get();
                return (vessel.Position, vessel.Eta);
            case CarrierKind.Train or CarrierKind.Truck:
                var vehicle = await GrainFactory.GetGrain<IVehicleGrain>(carrier.Id).Get();
                return (vehicle.Position, null);
            default:
                return (null, null);
        }
    }
}
