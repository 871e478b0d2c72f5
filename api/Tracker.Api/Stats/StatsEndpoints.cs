using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Timing;
using Tracker.Grains.Alerts;
using Tracker.Grains.ArrivalDeletions;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Stats;

public static class StatsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/stats/supervision", Supervision)
            .RequireAuthorization(Policies.Alerts)
            .WithTags("Alerts")
            .WithSummary("Transits supervised, anomalies by type, handled, mean time to acknowledge and resolve, per office and period.")
            .Produces<SupervisionStats>()
            .ProducesValidationProblem();

        api.MapGet("/stats/arrival-deletions", ArrivalDeletions)
            .RequireAuthorization(Policies.Alerts)
            .WithTags("Arrival-report deletions")
            .WithSummary("Arrival-report deletion requests of the officer's office (control, admin: all): counts by outcome and minutes from application to approval.")
            .Produces<ArrivalDeletionStats>();
    }

    /// <summary>Running figures kept per office and for all as requests move (no scan of the requests).</summary>
    private static async Task<IResult> ArrivalDeletions(ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = Caller.From(user);
        var scope = caller.Role == Roles.Customs ? ArrivalDeletionIndex.OfOffice(caller.Office ?? "") : IArrivalDeletionStatsGrain.All;
        return Results.Ok(await grains.GetGrain<IArrivalDeletionStatsGrain>(scope).Get());
    }

    private static async Task<IResult> Supervision(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock, string? office, string? from, string? to)
    {
        var caller = Caller.From(user);
        var errors = new FieldErrors();
        var window = SaneTimes.Planned(clock.GetUtcNow());
        var scope = Check.Id(errors, "office", office, required: false);
        var start = Check.Time(errors, "from", from, window, required: false);
        var end = Check.Time(errors, "to", to, window, required: false);
        if (start > end)
        {
            errors.Add("to", "must not be before from");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (caller.Role == Roles.Customs)
        {
            if (scope is not null && scope != caller.Office)
            {
                return Problem.Forbidden("An officer sees the figures of their own office.");
            }

            scope = caller.Office;
        }

        var transits = (await ConsignmentDirectory.All(grains, new ConsignmentQuery(Office: scope)))
            .Where(t => (start is null || t.DeclaredAt >= start) && (end is null || t.DeclaredAt <= end))
            .ToList();
        var alerts = await AlertIndex.All(grains, new AlertQuery(Office: scope, Since: start, Until: end));
        return Results.Ok(SupervisionStats.Of(scope, start, end, transits, alerts));
    }
}
