using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Grains.Common;
using Tracker.Api.Auth;
using Tracker.Api.Ingest;
using Tracker.Api.Problems;
using Tracker.Domain.Timing;
using Tracker.Grains.Bench;
using Tracker.Ingest.Batches;

namespace Tracker.Api.Bench;

/// <summary>
/// Baselines for bench/Tracker.Bench's load scenario, mapped only with <c>Bench:Baselines=true</c>:
/// the lock-fix ingest endpoint cut down to its parse (a), and to its parse plus one no-op grain
/// call per distinct lock (b); and a raw live-hub broadcast (c, <see cref="BroadcastEndpoint"/>). Same route group, auth and reader as the real endpoint, so that the
/// difference to it is the pipeline, the journal and the grains' own work.
/// </summary>
public static class BenchEndpoints
{
    public const string Setting = "Bench:Baselines";

    public static void Map(IEndpointRouteBuilder api)
    {
        var bench = api.MapGroup("/bench").RequireAuthorization(Policies.Ingest).WithTags("Bench").ExcludeFromDescription();

        bench.MapPost("/parse/lock-fixes", async (HttpRequest request, TimeProvider clock) =>
        {
            var (problem, items, rejected) = await Read(request, clock);
            return problem ?? Results.Json(new BenchResult(items.Count, rejected.Count, 0), statusCode: StatusCodes.Status202Accepted);
        });

        bench.MapPost("/floor/lock-fixes", async (HttpRequest request, TimeProvider clock, IGrainFactory grains) =>
        {
            var (problem, items, rejected) = await Read(request, clock);
            if (problem is not null)
            {
                return problem;
            }

            // Grouped per lock as the ingest dispatcher groups them: one call carries all of a lock's fixes.
            var calls = items
                .GroupBy(i => i.Item.LockId, StringComparer.Ordinal)
                .Select(g => grains.Ref<IBenchFloorGrain>(g.Key).Report([.. g.Select(i => i.Item.Fix)]))
                .ToList();
            await Task.WhenAll(calls);
            return Results.Json(new BenchResult(items.Count, rejected.Count, calls.Count), statusCode: StatusCodes.Status202Accepted);
        });

        BroadcastEndpoint.Map(bench);
    }

    private static Task<(IResult? Problem, List<(int Index, LockFixItem Item)> Items, List<RejectedItem> Rejected)> Read(HttpRequest request, TimeProvider clock) =>
        BatchReader.Read(request, (LockFixRequest r, FieldErrors e, out LockFixItem item) => LockFixValidator.TryValidate(r, clock.GetUtcNow(), SaneTimes.FixClockSkew, e, out item));
}
