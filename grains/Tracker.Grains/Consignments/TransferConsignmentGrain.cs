using System.Collections.Immutable;
using Tracker.Domain.Transit;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Storage;
using Tracker.Grains.Vehicles;

namespace Tracker.Grains.Consignments;

public sealed class TransferConsignmentGrain(
    [PersistentState("consignment", TrackerStorage.Name)] IPersistentState<ConsignmentState> state,
    TimeProvider clock) : Grain, ITransferConsignmentGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<DeclareResult> Declare(ConsignmentDeclaration declaration)
    {
        if (state.State.Declaration is { } existing)
        {
            return existing.SameAs(declaration)
                ? DeclareResult.Unchanged
                : DeclareResult.Conflict($"consignment {Id} is already declared with different content");
        }

        var bound = new List<ISmartLockGrain>();
        foreach (var assignment in declaration.Locks)
        {
            var lockGrain = GrainFactory.GetGrain<ISmartLockGrain>(assignment.LockId);
            if (await lockGrain.Bind(new LockBinding(Id, assignment.Container)) is { } refusal)
            {
                // Nothing half-declared: locks bound so far are freed again.
                await Task.WhenAll(bound.Select(l => l.Release(Id)));
                return DeclareResult.Conflict(refusal);
            }

            bound.Add(lockGrain);
        }

        var now = clock.GetUtcNow();
        var s = state.State;
        s.Declaration = declaration;
        s.DeclaredAt = now;
        s.UpdatedAt = now;
        s.Status = TransitStatus.Declared;
        s.History = [new StatusChange(TransitStatus.Declared, false, now, "declared")];
        await state.WriteStateAsync();

        await Task.WhenAll(declaration.Containers.Select(container =>
            GrainFactory.GetGrain<IContainerGrain>(container).Link(new ConsignmentLink(
                Id, declaration.Tenant, declaration.Offices, declaration.Locks.FirstOrDefault(l => l.Container == container)?.LockId, now))));
        await PublishSummary();
        return DeclareResult.Created;
    }

    public async Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        var s = state.State;
        if (s.Declaration is null)
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
            }

            s.AppliedEvents.Add(e.EventId);
            outcomes.Add(EventOutcome.Applied);
        }

        if (outcomes.Any(o => o.Disposition == EventDisposition.Applied))
        {
            await state.WriteStateAsync();
        }

        if (statusChanged)
        {
            await AfterStatusChange();
        }

        return outcomes.MoveToImmutable();
    }

    public async Task OnLockFixes(string lockId, ImmutableArray<LockFix> fixes)
    {
        // The first fix after departure shows the transit under way (in transit).
        if (state.State.Declaration is null || state.State.Status != TransitStatus.Departed || fixes.IsEmpty)
        {
            return;
        }

        var outcome = state.State.Lifecycle.Apply(TransitStep.EnterTransit);
        if (!outcome.IsRejected && Record(outcome, fixes.Max(f => f.Time), $"first fix of lock {lockId} en route"))
        {
            await state.WriteStateAsync();
            await AfterStatusChange();
        }
    }

    public async Task<ConsignmentView?> Get()
    {
        var s = state.State;
        if (s.Declaration is not { } declaration)
        {
            return null;
        }

        var locks = await Task.WhenAll(declaration.Locks.Select(l => GrainFactory.GetGrain<ISmartLockGrain>(l.LockId).Get()));
        return new ConsignmentView(declaration, s.Status, s.OnHold, s.DeclaredAt, s.UpdatedAt, [.. s.History], [.. locks]);
    }

    public async Task<ConsignmentTrack?> GetTrack(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (state.State.Declaration is not { } declaration)
        {
            return null;
        }

        var locks = await Task.WhenAll(declaration.Locks.Select(async l =>
            new DeviceTrack(l.LockId, await GrainFactory.GetGrain<ISmartLockGrain>(l.LockId).GetTrack(from, to))));
        var vehicleId = declaration.VehicleId ?? declaration.TrainId;
        var vehicle = vehicleId is null
            ? null
            : new DeviceTrack(vehicleId, await GrainFactory.GetGrain<IVehicleGrain>(vehicleId).GetTrack(from, to));
        return new ConsignmentTrack([.. locks], vehicle);
    }

    private bool Record(TransitOutcome outcome, DateTimeOffset at, string cause)
    {
        if (!outcome.Changed)
        {
            return false;
        }

        var s = state.State;
        s.Status = outcome.Lifecycle.Status;
        s.OnHold = outcome.Lifecycle.OnHold;
        s.UpdatedAt = clock.GetUtcNow();
        s.History.Add(new StatusChange(s.Status, s.OnHold, at, cause));
        return true;
    }

    private async Task AfterStatusChange()
    {
        if (state.State is { Status: TransitStatus.Closed, Declaration: { } declaration })
        {
            await Task.WhenAll(declaration.Locks.Select(l => GrainFactory.GetGrain<ISmartLockGrain>(l.LockId).Release(Id)));
        }

        await PublishSummary();
    }

    private Task PublishSummary()
    {
        var s = state.State;
        var d = s.Declaration!;
        return GrainFactory.GetGrain<IConsignmentDirectoryGrain>(0).Upsert(new ConsignmentSummary(
            Id, d.Tenant, d.Mode, s.Status, s.OnHold, d.Offices, s.DeclaredAt, s.UpdatedAt, d.Containers.Length, d.Origin.UnLocode, d.Destination.UnLocode));
    }
}
