using System.Collections.Immutable;
using Tracker.Grains.Common;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Storage;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Grains.Containers;

public sealed class ContainerGrain(
    [PersistentState("container", TrackerStorage.Name)] IPersistentState<ContainerState> state) : Grain, IContainerGrain
{
    private HashSet<string>? _seen;

    private string Number => this.GetPrimaryKeyString();

    public async Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        _seen ??= state.State.Timeline.Select(m => m.EventId).ToHashSet(StringComparer.Ordinal);
        var outcomes = ImmutableArray.CreateBuilder<EventOutcome>(events.Length);
        foreach (var e in events)
        {
            if (!_seen.Add(e.EventId))
            {
                outcomes.Add(EventOutcome.Duplicate);
                continue;
            }

            ContainerEvents.Apply(state.State, e);
            outcomes.Add(EventOutcome.Applied);
        }

        if (outcomes.Any(o => o.Disposition == EventDisposition.Applied))
        {
            await state.WriteStateAsync();
        }

        return outcomes.MoveToImmutable();
    }

    public async Task Link(ConsignmentLink link)
    {
        var links = state.State.Consignments;
        if (links.Any(l => l.ConsignmentId == link.ConsignmentId))
        {
            return;
        }

        links.Add(link);
        state.State.Customs = state.State.Customs with { DeclaredAt = state.State.Customs.DeclaredAt ?? link.DeclaredAt };
        await state.WriteStateAsync();
    }

    public async Task<ContainerView> Get()
    {
        var s = state.State;

        // Position and seal are read from the lock and carrier when asked for, so that one
        // AIS report or lock fix never fans out into a write per container.
        var lockId = s.Consignments.LastOrDefault(l => l.LockId is not null)?.LockId;
        var lockView = lockId is null ? null : await GrainFactory.GetGrain<ISmartLockGrain>(lockId).Get();
        var (carrierPosition, eta) = await ReadCarrier(s.Carrier);

        var position = new[] { lockView?.LastFix, carrierPosition }.OfType<Position>().MaxBy(p => p.Time);
        var seal = lockView?.LastFix is { } fix && (s.Seal.UpdatedAt is null || fix.Time >= s.Seal.UpdatedAt)
            ? s.Seal with { LockId = lockId, State = lockView.Seal, BatteryPct = lockView.BatteryPct, UpdatedAt = fix.Time }
            : s.Seal with { LockId = lockId ?? s.Seal.LockId };

        return new ContainerView(Number, s.Known, s.Customs, s.Terminal, seal, position, s.Carrier, eta, [.. s.Consignments], [.. s.Timeline]);
    }

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
