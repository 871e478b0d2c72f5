using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Grains.Consignments;
using Tracker.Grains.Events;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;

namespace Tracker.Api.Ingest;

/// <summary>DCSA-style events: validated, then journaled and applied in order, consignment first (<see cref="IngestPipeline"/>).</summary>
public static class EventIngest
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/events", Post)
            .RequireAuthorization(Policies.Events)
            .WithTags("Ingest")
            .WithSummary("Equipment, transport, transit and seal events; eventId makes each idempotent.")
            .Accepts<EventRequest[]>("application/json");
    }

    private static async Task<IResult> Post(HttpRequest request, IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, TimeProvider clock, IGrainFactory grains)
    {
        var (problem, items, rejected) = await BatchReader.Read<EventRequest, TrackerEvent>(
            request, (EventRequest r, FieldErrors e, out TrackerEvent item) => EventValidator.TryValidate(r, clock.GetUtcNow(), e, out item));
        if (problem is not null)
        {
            return problem;
        }

        // Refused before the journal: an event outside the token's scope is never made durable nor applied.
        var scope = DeviceScope.From(request.HttpContext.User);
        var declarations = new Dictionary<string, ConsignmentDeclaration?>(StringComparer.Ordinal);
        var allowed = new List<(int Index, TrackerEvent Item)>(items.Count);
        foreach (var item in items)
        {
            if (await EventScope.Refusal(scope, item.Item, grains, declarations) is { } refusal)
            {
                rejected.Add(new RejectedItem(item.Index, refusal));
            }
            else
            {
                allowed.Add(item);
            }
        }

        // Within one batch an eventId counts once; later copies are duplicates.
        var unique = allowed.DistinctBy(i => i.Item.EventId).ToList();
        var batchDuplicates = allowed.Count - unique.Count;
        var events = unique.Select(i => i.Item).ToList();

        return await IngestEndpoints.Submit(pipeline, metrics, "event", new IngestBatch(Events: events), async () =>
        {
            var verdicts = await dispatcher.Events(events);
            var accepted = 0;
            var duplicates = batchDuplicates;
            for (var n = 0; n < unique.Count; n++)
            {
                if (verdicts[n].FirstOrDefault(o => o.Disposition == EventDisposition.Refused) is { } refusal)
                {
                    rejected.Add(new RejectedItem(unique[n].Index, new ItemProblem(refusal.Field ?? "eventCode", refusal.Reason!)));
                }
                else if (verdicts[n].All(o => o.Disposition == EventDisposition.Duplicate))
                {
                    duplicates++;
                }
                else
                {
                    accepted++;
                }
            }

            rejected.Sort((x, y) => x.Index.CompareTo(y.Index));
            return new BatchResult(accepted, duplicates, rejected);
        }, request.HttpContext.RequestAborted);
    }
}
