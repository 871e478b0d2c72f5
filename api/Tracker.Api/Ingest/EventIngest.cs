using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Domain.Events;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Ingest;

/// <summary>
/// DCSA-style events. The consignment is asked first: an event that would break the transit
/// lifecycle is refused before any container, vessel or vehicle has recorded it.
/// </summary>
public static class EventIngest
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/events", Post)
            .RequireAuthorization(Policies.Ingest)
            .WithTags("Ingest")
            .WithSummary("Equipment, transport, transit and seal events; eventId makes each idempotent.")
            .Accepts<EventRequest[]>("application/json");
    }

    private static async Task<IResult> Post(HttpRequest request, IGrainFactory grains, TimeProvider clock)
    {
        var (problem, items, rejected) = await BatchReader.Read<EventRequest, TrackerEvent>(
            request, (EventRequest r, FieldErrors e, out TrackerEvent item) => EventValidator.TryValidate(r, clock.GetUtcNow(), e, out item));
        if (problem is not null)
        {
            return problem;
        }

        // Within one batch an eventId counts once; later copies are duplicates.
        var firstSeen = new HashSet<string>(StringComparer.Ordinal);
        var batchDuplicates = items.Count(i => !firstSeen.Add(i.Item.EventId));
        var events = items.DistinctBy(i => i.Item.EventId).ToList();

        var verdicts = events.ToDictionary(i => i.Index, _ => new List<EventOutcome>());
        try
        {
            await Route(grains, events, verdicts);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Problem.Unavailable();
        }

        var accepted = 0;
        var duplicates = batchDuplicates;
        foreach (var (index, outcomes) in verdicts)
        {
            if (outcomes.FirstOrDefault(o => o.Disposition == EventDisposition.Refused) is { } refusal)
            {
                rejected.Add(new RejectedItem(index, new ItemProblem(refusal.Field ?? "eventCode", refusal.Reason!)));
            }
            else if (outcomes.All(o => o.Disposition == EventDisposition.Duplicate))
            {
                duplicates++;
            }
            else
            {
                accepted++;
            }
        }

        rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        return IngestEndpoints.Accepted(accepted, duplicates, rejected);
    }

    private static async Task Route(IGrainFactory grains, List<(int Index, TrackerEvent Item)> events, Dictionary<int, List<EventOutcome>> verdicts)
    {
        await Send(events.Where(i => i.Item.ConsignmentId is not null), i => i.Item.ConsignmentId!,
            (key, batch) => grains.GetGrain<ITransferConsignmentGrain>(key).Apply(batch), verdicts);

        var admitted = events.Where(i => !verdicts[i.Index].Any(v => v.Disposition == EventDisposition.Refused)).ToList();
        await Task.WhenAll(
            Send(admitted.Where(i => i.Item.EquipmentReference is not null), i => i.Item.EquipmentReference!,
                (key, batch) => grains.GetGrain<IContainerGrain>(key).Apply(batch), verdicts),
            Send(admitted.Where(i => i.Item.VesselImo is not null && ConcernsCarrier(i.Item)), i => i.Item.VesselImo!,
                (key, batch) => grains.GetGrain<IVesselGrain>(key).Apply(batch), verdicts),
            Send(admitted.Where(i => (i.Item.TrainId ?? i.Item.VehicleId) is not null && ConcernsCarrier(i.Item)), i => (i.Item.TrainId ?? i.Item.VehicleId)!,
                (key, batch) => grains.GetGrain<IVehicleGrain>(key).Apply(batch), verdicts));
    }

    /// <summary>Port calls and load lists belong to the carrier as well as to the box.</summary>
    private static bool ConcernsCarrier(TrackerEvent e) => e.Code is EventCode.ARRI or EventCode.DEPA or EventCode.LOAD or EventCode.DISC;

    private static async Task Send(
        IEnumerable<(int Index, TrackerEvent Item)> items,
        Func<(int Index, TrackerEvent Item), string> keyOf,
        Func<string, ImmutableArray<TrackerEvent>, Task<ImmutableArray<EventOutcome>>> apply,
        Dictionary<int, List<EventOutcome>> verdicts)
    {
        await Task.WhenAll(items.GroupBy(keyOf, StringComparer.Ordinal).Select(async group =>
        {
            var batch = group.ToList();
            var outcomes = await apply(group.Key, [.. batch.Select(i => i.Item)]);
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
