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

    public async Task<ContainerView> Get()
    {
        var s = _state.State;

        // Position and seal are read from the lock and carrier when asked for, so that one
        // AIS report or lock fix never fans out into a write per container.
        // The lock as its consignment saw it: once that transit closes the lock may travel on
        // with another container, which this one must not follow.
        var link = s.Consignments.LastOrDefault(l => l.LockId is not null);
        var lockId = link?.LockId;
        var lockView = link is null ? null : await GrainFactory.GetGrain<ITransferConsignmentGrain>(link.ConsignmentId).GetLock(link.LockId!);
        var (carrierPosition, eta) = await ReadCarrier(s.Carrier);

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
