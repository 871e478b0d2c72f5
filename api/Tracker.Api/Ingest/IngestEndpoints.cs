using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Grains.Common;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Ingest;

/// <summary>
/// The ingest hot path: validate, group by device, one grain call per device per batch.
/// 202 is answered only once every device grain has taken its reports.
/// </summary>
public static class IngestEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var ingest = api.MapGroup("/ingest").RequireAuthorization(Policies.Ingest).WithTags("Ingest");

        ingest.MapPost("/lock-fixes", (HttpRequest request, IGrainFactory grains, TimeProvider clock) =>
                Dispatch<LockFixRequest, (string LockId, LockFix Fix)>(
                    request,
                    (LockFixRequest r, FieldErrors e, out (string, LockFix) item) => LockFixValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => items.GroupBy(i => i.LockId, StringComparer.Ordinal).Select(g =>
                        grains.GetGrain<ISmartLockGrain>(g.Key).Report([.. g.Select(i => i.Fix)]))))
            .WithSummary("Smart-lock GPS fixes and seal state; (lockId, seq) identifies a report.")
            .Accepts<LockFixRequest[]>("application/json");

        ingest.MapPost("/vehicle-fixes", (HttpRequest request, IGrainFactory grains, TimeProvider clock) =>
                Dispatch<VehicleFixRequest, (string VehicleId, VehicleFix Fix)>(
                    request,
                    (VehicleFixRequest r, FieldErrors e, out (string, VehicleFix) item) => VehicleFixValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => items.GroupBy(i => i.VehicleId, StringComparer.Ordinal).Select(g =>
                        grains.GetGrain<IVehicleGrain>(g.Key).Report([.. g.Select(i => i.Fix)]))))
            .WithSummary("Truck and train GNSS fixes; (vehicleId, seq) identifies a report.")
            .Accepts<VehicleFixRequest[]>("application/json");

        ingest.MapPost("/ais", (HttpRequest request, IGrainFactory grains, TimeProvider clock) =>
                Dispatch<AisRequest, AisReport>(
                    request,
                    (AisRequest r, FieldErrors e, out AisReport item) => AisValidator.TryValidate(r, clock.GetUtcNow(), e, out item),
                    items => items.GroupBy(i => i.Mmsi, StringComparer.Ordinal).Select(g =>
                        grains.GetGrain<IAisTransponderGrain>(g.Key).Report([.. g]))))
            .WithSummary("AIS position and voyage reports; (mmsi, time) identifies a report.")
            .Accepts<AisRequest[]>("application/json");

        EventIngest.Map(api);
    }

    private static async Task<IResult> Dispatch<TRequest, TItem>(
        HttpRequest request,
        BatchReader.Validator<TRequest, TItem> validate,
        Func<IEnumerable<TItem>, IEnumerable<Task<IngestOutcome>>> send)
        where TRequest : class
    {
        var (problem, items, rejected) = await BatchReader.Read(request, validate);
        if (problem is not null)
        {
            return problem;
        }

        IngestOutcome[] outcomes;
        try
        {
            outcomes = await Task.WhenAll(send(items.Select(i => i.Item)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Problem.Unavailable();
        }

        return Accepted(outcomes.Sum(o => o.Accepted), outcomes.Sum(o => o.Duplicates), rejected);
    }

    public static IResult Accepted(int accepted, int duplicates, IReadOnlyList<RejectedItem> rejected) =>
        Results.Json(new BatchResult(accepted, duplicates, rejected), statusCode: StatusCodes.Status202Accepted);
}
