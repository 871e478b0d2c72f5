using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Common;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Live;
using Tracker.Grains.Locks;
using Tracker.Grains.Storage;
using Tracker.Grains.Supervision;
using Tracker.Grains.Tracks;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Grains.Consignments;

public sealed partial class TransferConsignmentGrain(
    [PersistentState("consignment", TrackerStorage.Name)] IPersistentState<ConsignmentState> persisted,
    DirtyGrains dirty,
    IGrainContext context,
    LiveFeed live,
    TimeProvider clock,
    ILogger<TransferConsignmentGrain> logger) : Grain, ITransferConsignmentGrain, ISupervisedTransit, ICheckpointable
{
    private readonly IPersistentState<ConsignmentState> _persisted = persisted;
    private readonly CheckpointedState<ConsignmentState> _state = new(persisted, dirty, context);

    /// <summary>The declaration whose locks are being bound, for <see cref="HoldsLock"/>.</summary>
    private ConsignmentDeclaration? _declaring;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>
    /// All or nothing. What the declaration's content could break (the rules' arithmetic on its times) breaks
    /// before any lock is bound; a container or lock in another open transit, or a failure while claiming, binding or
    /// storing, frees the containers and locks taken so far and forgets the declaration. Once stored, the containers,
    /// carrier and vessels are told; should that fail, sending the same declaration again finishes it.
    /// </summary>
    public async Task<DeclareResult> Declare(ConsignmentDeclaration declaration)
    {
        if (_state.State.Declaration is { } existing)
        {
            if (!existing.SameAs(declaration))
            {
                return DeclareResult.Conflict($"consignment {Id} is already declared with different content");
            }

            if (!_state.State.LinksPending)
            {
                return DeclareResult.Unchanged;
            }

            // The first attempt was stored but failed to tell the others, so its caller was never told it succeeded.
            await Link(existing);
            return DeclareResult.Created;
        }

        var supervisor = new Supervisor(SupervisionPlans.For(declaration));
        _ = supervisor.NextCheck;

        var bound = new List<ISmartLockGrain>();
        var claimed = new List<IContainerGrain>();
        _declaring = declaration;
        try
        {
            if (await ClaimContainers(declaration, claimed) is { } busy)
            {
                await Free(claimed);
                return busy;
            }

            // All locks at once (a declaration's latency is its callers' throughput); any refusal frees the others.
            var refusals = await Task.WhenAll(declaration.Locks.Select(async assignment =>
            {
                var lockGrain = GrainFactory.Ref<ISmartLockGrain>(assignment.LockId);
                var binding = new LockBinding(Id, assignment.Container, declaration.Mode, declaration.Offices);
                var refusal = await lockGrain.Bind(binding);
                if (refusal is not null && await DropLeftover(lockGrain, assignment.LockId))
                {
                    refusal = await lockGrain.Bind(binding);
                }

                if (refusal is null)
                {
                    bound.Add(lockGrain);
                }

                return refusal;
            }));
            if (refusals.FirstOrDefault(r => r is not null) is { } refused)
            {
                await Release(bound);
                await Free(claimed);
                return DeclareResult.Conflict(refused);
            }

            await Store(declaration, supervisor);
        }
        catch
        {
            Forget();
            await Release(bound);
            await Free(claimed);
            throw;
        }
        finally
        {
            _declaring = null;
        }

        await Link(declaration);
        return DeclareResult.Created;
    }

    public Task<bool> HoldsLock(string lockId)
    {
        var s = _state.State;
        var declaration = s.Status == TransitStatus.Closed ? null : s.Declaration ?? _declaring;
        return Task.FromResult(declaration?.Locks.Any(l => l.LockId == lockId) == true);
    }

    public Task<bool> HoldsContainer(string container)
    {
        var s = _state.State;
        var declaration = s.Status == TransitStatus.Closed ? null : s.Declaration ?? _declaring;
        return Task.FromResult(declaration?.Containers.Contains(container) == true);
    }

    public Task<LockView?> GetLock(string lockId) =>
        Task.FromResult(_state.State.Locks.GetValueOrDefault(lockId));

    public Task<ConsignmentView?> Get()
    {
        var s = _state.State;
        if (s.Declaration is not { } declaration)
        {
            return Task.FromResult<ConsignmentView?>(null);
        }


        var locks = declaration.Locks.Select(l => s.Locks.GetValueOrDefault(l.LockId) ?? new LockView(l.LockId, Id, l.Container, null, null, null, 0));
        return Task.FromResult<ConsignmentView?>(new ConsignmentView(declaration, s.Status, s.OnHold, s.DeclaredAt, s.UpdatedAt, [.. s.History], [.. locks], [.. s.AlertIds]));
    }

    public async Task<ConsignmentTrack?> GetTrack(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (_state.State.Declaration is not { } declaration)
        {
            return null;
        }

        // A lock's points are filed under the consignment it was bound to, so they need no clamping; read whole,
        // because the earliest of them may open the consignment's window (see OpenedAt).
        var locks = await Task.WhenAll(declaration.Locks.Select(async l =>
            new DeviceTrack(l.LockId, await GrainFactory.GetGrain<ISmartLockGrain>(l.LockId).GetTrack(Id, null, null))));
        var openedAt = OpenedAt(locks.SelectMany(l => l.Points).Select(p => (DateTimeOffset?)p.Time).Min());
        var vehicleId = declaration.VehicleId ?? declaration.TrainId;
        var vehicle = vehicleId is null ? null : new DeviceTrack(vehicleId, await ReadVehicleTrack(vehicleId, openedAt, from, to));
        var carrier = await ReadCarrierTrack(declaration, openedAt, from, to);
        return new ConsignmentTrack([.. locks.Select(l => l with { Points = TrackWindow.Select(l.Points, from, to) })], vehicle, carrier);
    }

    /// <summary>The truck's or train's points within the consignment's own time: before and after, it may carry another tenant's cargo.</summary>
    private async Task<ImmutableArray<TrackPoint>> ReadVehicleTrack(string vehicleId, DateTimeOffset openedAt, DateTimeOffset? from, DateTimeOffset? to) =>
        ConsignmentCarrier.Window(openedAt, ClosedAt(), from, to) is var (start, end)
            ? await GrainFactory.GetGrain<IVehicleGrain>(vehicleId).GetTrack(start, end)
            : [];

    /// <summary>
    /// Where the consignment's own time starts: its declaration, or earlier where its own history (its events) or its
    /// locks' reports are stamped earlier: devices report in event time, and may have been on their way before the
    /// tracker heard of the declaration. Neither can belong to another consignment.
    /// </summary>
    private DateTimeOffset OpenedAt(DateTimeOffset? firstLockFix)
    {
        var s = _state.State;
        var opened = s.History.Count > 0 && s.History.Min(h => h.At) < s.DeclaredAt ? s.History.Min(h => h.At) : s.DeclaredAt;
        return firstLockFix is { } fix && fix < opened ? fix : opened;
    }

    /// <summary>When the transit closed (its history's time of closing), or null while it is open.</summary>
    private DateTimeOffset? ClosedAt()
    {
        var s = _state.State;
        return s.Status == TransitStatus.Closed ? s.History.LastOrDefault(h => h.Status == TransitStatus.Closed)?.At ?? s.UpdatedAt : null;
    }

    /// <summary>The carrier's points within the consignment's own time: a feeder or train carries other transits before and after.</summary>
    private async Task<CarrierTrack?> ReadCarrierTrack(ConsignmentDeclaration declaration, DateTimeOffset openedAt, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (ConsignmentCarrier.Of(declaration) is not { } carrier)
        {
            return null;
        }

        if (ConsignmentCarrier.Window(openedAt, ClosedAt(), from, to) is not { } window)
        {
            return new CarrierTrack(carrier.Kind, carrier.Id, []);
        }

        var (start, end) = window;
        var points = carrier.Kind == CarrierKind.Vessel
            ? await GrainFactory.GetGrain<IVesselGrain>(carrier.Id).GetTrack(start, end)
            : await GrainFactory.GetGrain<IVehicleGrain>(carrier.Id).GetTrack(start, end);
        return new CarrierTrack(carrier.Kind, carrier.Id, points);
    }

    public Task Flush() => _state.Flush();

    private async Task Store(ConsignmentDeclaration declaration, Supervisor supervisor)
    {
        var now = clock.GetUtcNow();
        var s = _state.State;
        s.Declaration = declaration;
        s.DeclaredAt = now;
        s.UpdatedAt = now;
        s.Status = TransitStatus.Declared;
        s.History = [new StatusChange(TransitStatus.Declared, false, now, "declared")];
        s.Locks = declaration.Locks.ToDictionary(l => l.LockId, l => new LockView(l.LockId, Id, l.Container, null, null, null, 0), StringComparer.Ordinal);
        s.LinksPending = true;
        _supervisor = supervisor;
        s.Supervision = supervisor.State;
        await Reschedule();
        await _state.WriteNow();
    }

    /// <summary>
    /// Back to never declared. Should the failed write have landed after all, the state is still marked changed,
    /// so deactivation writes this empty one over it. A wake-up already scheduled finds nothing to supervise.
    /// </summary>
    private void Forget()
    {
        _persisted.State = new ConsignmentState();
        _supervisor = null;
    }

    /// <summary>
    /// Frees a lock bound to a consignment that does not hold it: left so by a declaration that failed half-way
    /// before declarations were all or nothing, or by a release that failed at closing. Such a binding guards nothing.
    /// </summary>
    /// <returns>Whether binding is worth trying again.</returns>
    private async Task<bool> DropLeftover(ISmartLockGrain lockGrain, string lockId)
    {
        var holder = (await lockGrain.Get()).ConsignmentId;
        if (holder is not null && holder != Id && await GrainFactory.GetGrain<ITransferConsignmentGrain>(holder).HoldsLock(lockId))
        {
            return false;
        }

        if (holder is not null)
        {
            await lockGrain.Release(holder);
        }

        return true;
    }

    private Task Release(IEnumerable<ISmartLockGrain> locks) => Task.WhenAll(locks.Select(l => l.Release(Id)));

    /// <summary>
    /// Claims every container at once, as the locks are bound: a box sits in one open transit at a time, so that two
    /// tenants' transits never share it. A claim left by a transit that does not hold the box (asked, like a lock's
    /// leftover binding) is taken over. The refusal names the declaration's field and the transit that has the box.
    /// </summary>
    private async Task<DeclareResult?> ClaimContainers(ConsignmentDeclaration declaration, List<IContainerGrain> claimed)
    {
        var refusals = await Task.WhenAll(declaration.Containers.Select(async (number, index) =>
        {
            var box = GrainFactory.Ref<IContainerGrain>(number);
            var holder = await box.Claim(Id);
            if (holder is not null && !await GrainFactory.GetGrain<ITransferConsignmentGrain>(holder).HoldsContainer(number))
            {
                holder = await box.Claim(Id, replacing: holder);
            }

            if (holder is not null)
            {
                return DeclareResult.Conflict($"container {number} is in open transit {holder} until it closes", $"containers[{index}]");
            }

            claimed.Add(box);
            return null;
        }));
        return refusals.FirstOrDefault(r => r is not null);
    }

    private Task Free(IEnumerable<IContainerGrain> containers) => Task.WhenAll(containers.Select(c => c.Free(Id)));

    /// <summary>Tells the containers, the carrier and the vessels of the stored declaration; each step may run twice.</summary>
    private async Task Link(ConsignmentDeclaration declaration)
    {
        var declaredAt = _state.State.DeclaredAt;
        var links = declaration.Containers.Select(container =>
            GrainFactory.Ref<IContainerGrain>(container).Link(new ConsignmentLink(
                Id, declaration.Tenant, declaration.Offices, declaration.Locks.FirstOrDefault(l => l.Container == container)?.LockId, declaredAt))).ToList();
        if ((declaration.VehicleId ?? declaration.TrainId) is { } vehicle)
        {
            links.Add(GrainFactory.Ref<IVehicleGrain>(vehicle).Assign(Id, declaration.Mode, declaration.Offices));
        }

        // The vessels learn whose boxes these are: an officer sees a vessel with its own office's boxes only.
        var cargo = new VesselCargo(Id, declaration.Tenant, declaration.Offices, declaration.Containers);
        if (declaration.FeederImo is { } feeder)
        {
            links.Add(GrainFactory.Ref<IVesselGrain>(feeder).Watch(Id));
            links.Add(GrainFactory.Ref<IVesselGrain>(feeder).Carry(cargo));
        }

        if (declaration.Connection is { } connection)
        {
            links.Add(GrainFactory.Ref<IVesselGrain>(connection.MainlineImo).ExpectConnection(Id));
            links.Add(GrainFactory.Ref<IVesselGrain>(connection.MainlineImo).Carry(cargo));
        }

        // Each is told independently, so they are told at once; the list learns of the transit with them.
        links.Add(PublishSummary());
        await Task.WhenAll(links);

        // Written at the next checkpoint: should a crash lose it, a re-send links again, which changes nothing.
        _state.State.LinksPending = false;
        _state.Changed();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();

    private static string WireName(TransitStatus status) => Domain.Wire.WireEnum.Name(status);

    private static string? CarrierKey(ConsignmentDeclaration d) =>
        (d.VehicleId ?? d.TrainId) is { } vehicle ? LiveItem.KeyOf(LiveKind.Vehicle, vehicle)
        : d.FeederImo is { } imo ? LiveItem.KeyOf(LiveKind.Vessel, imo)
        : null;

    private bool Record(TransitOutcome outcome, DateTimeOffset at, string cause)
    {
        if (!outcome.Changed)
        {
            return false;
        }

        var s = _state.State;
        s.Status = outcome.Lifecycle.Status;
        s.OnHold = outcome.Lifecycle.OnHold;
        s.UpdatedAt = clock.GetUtcNow();
        s.History.Add(new StatusChange(s.Status, s.OnHold, at, cause));
        return true;
    }

    private async Task AfterStatusChange()
    {
        if (_state.State is { Status: TransitStatus.Closed, Declaration: { } declaration })
        {
            // The containers' windows for this transit end here, and they are free for the next one.
            var closedAt = ClosedAt()!.Value;
            await Task.WhenAll([
                .. declaration.Locks.Select(l => GrainFactory.GetGrain<ISmartLockGrain>(l.LockId).Release(Id)),
                .. declaration.Containers.Select(c => GrainFactory.GetGrain<IContainerGrain>(c).Close(Id, closedAt))]);
            await Reschedule();
        }

        await PublishSummary();
    }

    private Task PublishSummary()
    {
        var s = _state.State;
        var d = s.Declaration!;
        var at = s.Locks.Values.Select(l => l.LastFix).OfType<Position>().MaxBy(p => p.Time);
        live.Publish(new LiveItem(
            LiveItem.KeyOf(LiveKind.Consignment, Id), LiveKind.Consignment, s.UpdatedAt, d.Mode, at?.Lat, at?.Lon,
            Label: $"{d.Origin.UnLocode} → {d.Destination.UnLocode}", Status: WireName(s.Status), ConsignmentId: Id, Containers: d.Containers,
            Held: s.OnHold, Carrier: CarrierKey(d), Offices: d.Offices));
        return GrainFactory.ShardOf(Id).Upsert(Summary());
    }

    private ConsignmentSummary Summary()
    {
        var s = _state.State;
        var d = s.Declaration!;
        return new ConsignmentSummary(
            Id, d.Tenant, d.Mode, s.Status, s.OnHold, d.Offices, s.DeclaredAt, s.UpdatedAt, d.Containers.Length, d.Origin.UnLocode, d.Destination.UnLocode, d.Containers);
    }

    /// <summary>
    /// The directory's copy of a status change is written at its shard's checkpoint, this grain's at its own:
    /// should the shard's silo die between the two, the list catches up when the consignment next wakes.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_state.State is { Declaration: not null, LinksPending: false })
        {
            try
            {
                await GrainFactory.ShardOf(Id).Upsert(Summary());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogListingFailed(e, Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consignment {Consignment} could not bring its directory entry up to date; it will at its next status change")]
    private partial void LogListingFailed(Exception exception, string consignment);
}
