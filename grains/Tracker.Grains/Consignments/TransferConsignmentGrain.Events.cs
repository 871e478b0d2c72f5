using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Grains.Events;

namespace Tracker.Grains.Consignments;

public sealed partial class TransferConsignmentGrain
{
    public async Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        var s = _state.State;
        if (s.Declaration is not { } declaration)
        {
            return [.. events.Select(_ => EventOutcome.Refused("consignmentId", $"consignment {Id} is not declared"))];
        }

        var outcomes = ImmutableArray.CreateBuilder<EventOutcome>(events.Length);
        var statusChanged = false;
        foreach (var e in events)
        {
            if (s.AppliedEvents.Contains(e.EventId))
            {
                outcomes.Add(EventOutcome.Duplicate);
                continue;
            }

            if (e.IsActual && TransitLifecycle.TryStepFor(e.Code, out var step))
            {
                var outcome = s.Lifecycle.Apply(step);
                if (outcome.IsRejected)
                {
                    outcomes.Add(EventOutcome.Refused("eventCode", outcome.Rejection!));
                    continue;
                }

                statusChanged |= Record(outcome, e.Time, $"{e.Code} {e.EventId}");
                if (step == TransitStep.Arrive)
                {
                    await Handle(Supervisor.OnArrived(e.Time));
                }
            }

            s.AppliedEvents.Add(e.EventId);
            outcomes.Add(EventOutcome.Applied);
            _state.Changed();

            // The destination gate: a box of this transit gated in at the destination arrives by itself.
            if (e is { IsActual: true, Code: EventCode.GTIN, EquipmentReference: { } container }
                && declaration.Containers.Contains(container)
                && e.UnLocode == declaration.Destination.UnLocode
                && (declaration.Destination.Facility is null || e.Facility == declaration.Destination.Facility))
            {
                var lockId = declaration.Locks.FirstOrDefault(l => l.Container == container)?.LockId;
                var seal = lockId is null ? SealState.Sealed : s.Locks.GetValueOrDefault(lockId)?.Seal ?? SealState.Sealed;
                await ArriveAtGate(container, lockId, seal, e.Time, null, $"gate-in {e.EventId} at {e.UnLocode}");
            }
        }

        if (statusChanged)
        {
            await AfterStatusChange();
        }

        return outcomes.MoveToImmutable();
    }
}
