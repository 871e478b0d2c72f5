using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;

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

        ingest.MapPost("/lock-fixes", (HttpRequest request, IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, TimeProvider clock, IOptions<IngestOptions> options) =>
                Ingest<LockFixRequest, LockFixItem>(
                    request, pipeline, metrics, "lock-fix",
                    (LockFixRequest r, FieldErrors e, out LockFixItem item) => LockFixValidator.TryValidate(r, clock.GetUtcNow(), options.Value.FixClockSkew, e, out item),
                    "lockId", item => item.LockId,
                    items => new IngestBatch(LockFixes: items),
                    dispatcher.LockFixes))
            .WithSummary("Smart-lock GPS fixes and seal state; (lockId, seq) identifies a report.")
            .Accepts<LockFixRequest[]>("application/json");

        ingest.MapPost("/vehicle-fixes", (HttpRequest request, IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, TimeProvider clock, IOptions<IngestOptions> options) =>
                Ingest<VehicleFixRequest, VehicleFixItem>(
                    request, pipeline, metrics, "vehicle-fix",
                    (VehicleFixRequest r, FieldErrors e, out VehicleFixItem item) => VehicleFixValidator.TryValidate(r, clock.GetUtcNow(), options.Value.FixClockSkew, e, out item),
                    "vehicleId", item => item.VehicleId,
                    items => new IngestBatch(VehicleFixes: items),
                    dispatcher.VehicleFixes))
            .WithSummary("Truck and train GNSS fixes; (vehicleId, seq) identifies a report.")
            .Accepts<VehicleFixRequest[]>("application/json");

        ingest.MapPost("/ais", (HttpRequest request, IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, TimeProvider clock) =>
                Ingest<AisRequest, AisReport>(
                    request, pipeline, metrics, "ais",
                    (AisRequest r, FieldErrors e, out AisReport item) => AisValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    "mmsi", item => item.Mmsi,
                    items => new IngestBatch(Ais: items),
                    dispatcher.Ais))
            .WithSummary("AIS position and voyage reports; (mmsi, time) identifies a report.")
            .Accepts<AisRequest[]>("application/json");

        NmeaEndpoint.Map(ingest);
        EventIngest.Map(api);
    }

    private static async Task<IResult> Ingest<TRequest, TItem>(
        HttpRequest request,
        IngestPipeline pipeline,
        IngestMetrics metrics,
        string kind,
        BatchReader.Validator<TRequest, TItem> validate,
        string deviceField,
        Func<TItem, string> deviceOf,
        Func<List<TItem>, IngestBatch> toBatch,
        Func<List<TItem>, Task<IngestOutcome>> apply)
        where TRequest : class
    {
        // A token reports only for the devices of its scope: any other item is refused on its own, naming the field.
        var scope = DeviceScope.From(request.HttpContext.User);
        var (problem, items, rejected) = await BatchReader.Read<TRequest, TItem>(request, (TRequest r, FieldErrors e, out TItem item) =>
        {
            if (!validate(r, e, out item))
            {
                return false;
            }

            if (!scope.Covers(deviceOf(item)))
            {
                e.Add(deviceField, $"{deviceOf(item)} is outside this token's device scope (claim devices)");
                return false;
            }

            return true;
        });
        if (problem is not null)
        {
            return problem;
        }

        var accepted = items.Select(i => i.Item).ToList();
        return await Submit(pipeline, metrics, kind, toBatch(accepted), async () =>
        {
            var outcome = await apply(accepted);
            return new BatchResult(outcome.Accepted, outcome.Duplicates, rejected);
        }, request.HttpContext.RequestAborted);
    }

    /// <summary>Hands the batch to the durable pipeline; anything not acknowledged is a 503 the caller retries.</summary>
    public static async Task<IResult> Submit(IngestPipeline pipeline, IngestMetrics metrics, string kind, IngestBatch batch, Func<Task<BatchResult>> apply, CancellationToken cancellationToken)
    {
        try
        {
            var result = await pipeline.Submit(batch, apply, cancellationToken);
            metrics.Ingested(kind, result.Accepted, result.Duplicates, result.Rejected.Count);
            return Results.Json(result, statusCode: StatusCodes.Status202Accepted);
        }
        catch (IngestUnavailableException e)
        {
            return Problem.Unavailable(e.Message);
        }
    }

}
