using System.Collections.Immutable;
using Tracker.Ingest.Batches;
using Tracker.Domain.Events;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Ingest.Pipeline;

/// <summary>
/// Applies accepted ingest to the grains: grouped by device, one grain call per device per
/// batch. The API uses it after journaling a call; recovery uses it to replay the journal.
/// </summary>
public sealed class IngestDispatcher(IGrainFactory grains)
{
    /// <summary>
    /// One call per lock, then one per transit with all its locks' new fixes: a gateway sends a
    /// truck's locks together, so a transit checks them in one turn rather than one per lock.
    /// </summary>
    public async Task<IngestOutcome> LockFixes(IEnumerable<LockFixItem> items)
    {
        var takes = await Task.WhenAll(items.GroupBy(i => i.LockId, StringComparer.Ordinal).Select(async g =>
            (LockId: g.Key, Take: await grains.Ref<ISmartLockGrain>(g.Key).Take([.. g.Select(i => i.Fix)]))));
        await Task.WhenAll(takes
            .Where(t => t.Take is { ConsignmentId: not null, Fresh.IsEmpty: false })
            .GroupBy(t => t.Take.ConsignmentId!, StringComparer.Ordinal)
            .Select(g => grains.Ref<ITransferConsignmentGrain>(g.Key).OnLocksFixes([.. g.Select(t => new LockNewFixes(t.LockId, t.Take.Fresh))])));
        return Sum([.. takes.Select(t => t.Take.Outcome)]);
    }

    public async Task<IngestOutcome> VehicleFixes(IEnumerable<VehicleFixItem> items) => Sum(await Task.WhenAll(
        items.GroupBy(i => i.VehicleId, StringComparer.Ordinal).Select(g => grains.Ref<IVehicleGrain>(g.Key).Report([.. g.Select(i => i.Fix)]))));

    public async Task<IngestOutcome> Ais(IEnumerable<AisReport> reports) => Sum(await Task.WhenAll(
        reports.GroupBy(r => r.Mmsi, StringComparer.Ordinal).Select(g => grains.Ref<IAisTransponderGrain>(g.Key).Report([.. g]))));

    /// <summary>
    /// The outcomes of each event, in order. The consignment is asked first: an event that
    /// would break the transit lifecycle is refused before any container, vessel or vehicle has
    /// recorded it.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<EventOutcome>>> Events(IReadOnlyList<TrackerEvent> events)
    {
        var verdicts = events.Select(_ => new List<EventOutcome>()).ToArray();
        var indexed = events.Select((e, i) => (Index: i, Event: e)).ToList();
        await Send(indexed.Where(i => i.Event.ConsignmentId is not null), e => e.ConsignmentId!,
            (key, batch) => grains.Ref<ITransferConsignmentGrain>(key).Apply(batch), verdicts);

        var admitted = indexed.Where(i => !verdicts[i.Index].Any(v => v.Disposition == EventDisposition.Refused)).ToList();
        await Task.WhenAll(
            Send(admitted.Where(i => i.Event.EquipmentReference is not null), e => e.EquipmentReference!,
                (key, batch) => grains.Ref<IContainerGrain>(key).Apply(batch), verdicts),
            Send(admitted.Where(i => i.Event.VesselImo is not null && ConcernsCarrier(i.Event)), e => e.VesselImo!,
                (key, batch) => grains.Ref<IVesselGrain>(key).Apply(batch), verdicts),
            Send(admitted.Where(i => (i.Event.TrainId ?? i.Event.VehicleId) is not null && ConcernsCarrier(i.Event)), e => (e.TrainId ?? e.VehicleId)!,
                (key, batch) => grains.Ref<IVehicleGrain>(key).Apply(batch), verdicts));
        return verdicts;
    }

    /// <summary>Replays one journaled batch.</summary>
    public async Task Apply(IngestBatch batch)
    {
        await Task.WhenAll(
            batch.LockFixes is { Count: > 0 } locks ? LockFixes(locks) : Task.CompletedTask,
            batch.VehicleFixes is { Count: > 0 } vehicles ? VehicleFixes(vehicles) : Task.CompletedTask,
            batch.Ais is { Count: > 0 } ais ? Ais(ais) : Task.CompletedTask);
        if (batch.Events is { Count: > 0 } events)
        {
            await Events(events);
        }
    }

    /// <summary>Port calls and load lists belong to the carrier as well as to the box.</summary>
    private static bool ConcernsCarrier(TrackerEvent e) => e.Code is EventCode.ARRI or EventCode.DEPA or EventCode.LOAD or EventCode.DISC;

    private static IngestOutcome Sum(IngestOutcome[] outcomes) => new(outcomes.Sum(o => o.Accepted), outcomes.Sum(o => o.Duplicates));

    private static async Task Send(
        IEnumerable<(int Index, TrackerEvent Event)> items,
        Func<TrackerEvent, string> keyOf,
        Func<string, ImmutableArray<TrackerEvent>, Task<ImmutableArray<EventOutcome>>> apply,
        List<EventOutcome>[] verdicts)
    {
        await Task.WhenAll(items.GroupBy(i => keyOf(i.Event), StringComparer.Ordinal).Select(async group =>
        {
            var batch = group.ToList();
            var outcomes = await apply(group.Key, [.. batch.Select(i => i.Event)]);
            lock (verdicts)
            {
                for (var n = 0; n < batch.Count; n++)
                {
                    verdicts[batch[n].Index].Add(outcomes[n]);
                }
            }
        }));
    }
}
