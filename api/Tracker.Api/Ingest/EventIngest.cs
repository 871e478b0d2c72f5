using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Ingest.Journal;
using Tracker.Api.Problems;
using Tracker.Grains.Events;

namespace Tracker.Api.Ingest;

/// <summary>DCSA-style events: validated, journaled and applied, consignment first.</summary>
public static class EventIngest
{
    /// <summary>
    /// Events of one host are journaled and applied one call at a time, so that replaying the
    /// journal after a crash meets them in the order they were first applied and refuses and
    /// accepts exactly what it did then. Events are few; fixes, the bulk, run in parallel.
    /// </summary>
    private static readonly SemaphoreSlim InOrder = new(1, 1);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/events", Post)
            .RequireAuthorization(Policies.Ingest)
            .WithTags("Ingest")
            .WithSummary("Equipment, transport, transit and seal events; eventId makes each idempotent.")
            .Accepts<EventRequest[]>("application/json");
    }

    private static async Task<IResult> Post(HttpRequest request, IngestDispatcher dispatcher, IIngestJournal journal, TimeProvider clock)
    {
        var (problem, items, rejected) = await BatchReader.Read<EventRequest, TrackerEvent>(
            request, (EventRequest r, FieldErrors e, out TrackerEvent item) => EventValidator.TryValidate(r, clock.GetUtcNow(), e, out item));
        if (problem is not null)
        {
            return problem;
        }

        // Within one batch an eventId counts once; later copies are duplicates.
        var unique = items.DistinctBy(i => i.Item.EventId).ToList();
        var batchDuplicates = items.Count - unique.Count;
        var events = unique.Select(i => i.Item).ToList();

        await InOrder.WaitAsync(request.HttpContext.RequestAborted);
        try
        {
            return await IngestEndpoints.Journaled(journal, new IngestBatch(Events: events), async () =>
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

                rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
                return IngestEndpoints.Accepted(accepted, duplicates, rejected);
            }, request.HttpContext.RequestAborted);
        }
        finally
        {
            InOrder.Release();
        }
    }
}
