using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Ingest.Journal;
using Tracker.Api.Problems;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Ingest;

/// <summary>
/// The ingest hot path: validate each item, journal the accepted ones (durable, group commit),
/// apply them with one grain call per device, answer 202.
/// </summary>
public static class IngestEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var ingest = api.MapGroup("/ingest").RequireAuthorization(Policies.Ingest).WithTags("Ingest");

        ingest.MapPost("/lock-fixes", (HttpRequest request, IngestDispatcher dispatcher, IIngestJournal journal, TimeProvider clock) =>
                Ingest<LockFixRequest, LockFixItem>(
                    request, journal,
                    (LockFixRequest r, FieldErrors e, out LockFixItem item) => LockFixValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => new IngestBatch(LockFixes: items),
                    dispatcher.LockFixes))
            .WithSummary("Smart-lock GPS fixes and seal state; (lockId, seq) identifies a report.")
            .Accepts<LockFixRequest[]>("application/json");

        ingest.MapPost("/vehicle-fixes", (HttpRequest request, IngestDispatcher dispatcher, IIngestJournal journal, TimeProvider clock) =>
                Ingest<VehicleFixRequest, VehicleFixItem>(
                    request, journal,
                    (VehicleFixRequest r, FieldErrors e, out VehicleFixItem item) => VehicleFixValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => new IngestBatch(VehicleFixes: items),
                    dispatcher.VehicleFixes))
            .WithSummary("Truck and train GNSS fixes; (vehicleId, seq) identifies a report.")
            .Accepts<VehicleFixRequest[]>("application/json");

        ingest.MapPost("/ais", (HttpRequest request, IngestDispatcher dispatcher, IIngestJournal journal, TimeProvider clock) =>
                Ingest<AisRequest, AisReport>(
                    request, journal,
                    (AisRequest r, FieldErrors e, out AisReport item) => AisValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => new IngestBatch(Ais: items),
                    dispatcher.Ais))
            .WithSummary("AIS position and voyage reports; (mmsi, time) identifies a report.")
            .Accepts<AisRequest[]>("application/json");

        EventIngest.Map(api);
    }

    private static async Task<IResult> Ingest<TRequest, TItem>(
        HttpRequest request,
        IIngestJournal journal,
        BatchReader.Validator<TRequest, TItem> validate,
        Func<List<TItem>, IngestBatch> toBatch,
        Func<List<TItem>, Task<IngestOutcome>> apply)
        where TRequest : class
    {
        var (problem, items, rejected) = await BatchReader.Read(request, validate);
        if (problem is not null)
        {
            return problem;
        }

        var accepted = items.Select(i => i.Item).ToList();
        return await Journaled(journal, toBatch(accepted), async () =>
        {
            var outcome = await apply(accepted);
            return Accepted(outcome.Accepted, outcome.Duplicates, rejected);
        }, request.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Journals the batch, then applies it. Any failure before the answer is a 503: the caller
    /// re-sends, and whatever was taken already counts as duplicates.
    /// </summary>
    public static async Task<IResult> Journaled(IIngestJournal journal, IngestBatch batch, Func<Task<IResult>> apply, CancellationToken cancellationToken)
    {
        if (batch.IsEmpty)
        {
            return await apply();
        }

        if (!journal.IsReady)
        {
            return Problem.Unavailable("The host is replaying its journal after a restart.");
        }

        IDisposable lease;
        try
        {
            lease = await journal.Append(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Problem.Unavailable("The journal could not be written.");
        }

        using (lease)
        {
            try
            {
                return await apply();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Problem.Unavailable("A grain could not take its reports.");
            }
        }
    }

    public static IResult Accepted(int accepted, int duplicates, IReadOnlyList<RejectedItem> rejected) =>
        Results.Json(new BatchResult(accepted, duplicates, rejected), statusCode: StatusCodes.Status202Accepted);
}
