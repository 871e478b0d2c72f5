using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Audit;
using Tracker.Api.Auth;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Identifiers;
using Tracker.Domain.Supervision;
using Tracker.Domain.Timing;
using Tracker.Grains.Alerts;
using Tracker.Grains.Common;

namespace Tracker.Api.Alerts;

public static class AlertEndpoints
{
    private const int PageSize = 200;
    private const int MaxNote = 2000;

    public static void Map(IEndpointRouteBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("", List)
            .RequireAuthorization(Policies.Alerts)
            .WithSummary("Alerts of the caller's office (control: all), newest first.")
            .Produces<AlertView[]>();

        alerts.MapGet("/counts", Counts)
            .RequireAuthorization(Policies.Alerts)
            .WithSummary("How many of the caller's alerts are open and acknowledged (customs: the office's; control: all).")
            .Produces<AlertCounts>()
            .ProducesValidationProblem();

        alerts.MapGet("/{id}", Get)
            .RequireAuthorization(Policies.Alerts)
            .WithSummary("One alert with its evidence and history.")
            .Produces<AlertView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        alerts.MapPost("/{id}/acknowledge", Acknowledge)
            .RequireAuthorization(Policies.HandleAlerts)
            .Audit(AuditActions.AlertAcknowledge)
            .WithSummary("An officer takes the alert in hand.")
            .Accepts<AcknowledgeRequest>("application/json")
            .Produces<AlertView>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        alerts.MapPost("/{id}/resolve", Resolve)
            .RequireAuthorization(Policies.HandleAlerts)
            .Audit(AuditActions.AlertResolve)
            .WithSummary("Closes the alert with the disposition found on verification.")
            .Accepts<ResolveRequest>("application/json")
            .Produces<AlertView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> List(HttpContext http, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock, string? status, string? office, string? type, string? severity, string? since, string? until, string? page, string? limit)
    {
        var caller = Caller.From(user);
        var errors = new FieldErrors();
        var window = SaneTimes.Planned(clock.GetUtcNow());
        var query = new AlertQuery(
            Check.Enum<AlertStatus>(errors, "status", status, required: false),
            Check.Id(errors, "office", office, required: false),
            Check.Enum<AnomalyType>(errors, "type", type, required: false),
            Check.Time(errors, "since", since, window, required: false),
            Check.Time(errors, "until", until, window, required: false),
            Take: Check.Limit(errors, "limit", limit, PageSize) ?? PageSize,
            After: Check.Page(errors, "page", page, "a page named by an earlier answer's Link header"),
            Severity: Check.Enum<Severity>(errors, "severity", severity, required: false));

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (caller.Role == Roles.Customs)
        {
            // An officer's list is the office's list; asking for another office is asking for nothing.
            query = query with { Office = caller.Office };
            if (office is not null && office != caller.Office)
            {
                return Results.Ok(Array.Empty<AlertView>());
            }
        }

        var (summaries, next) = await AlertIndex.List(grains, query);
        var views = await Task.WhenAll(summaries.Select(s => grains.GetGrain<IAlertGrain>(s.Id).Get()));
        if (next is not null)
        {
            // The body stays the plain array API.md gives; the next page is named the way GitHub's API does it.
            http.Response.Headers.Link = $"<{NextPage.Link(http.Request, next)}>; rel=\"next\"";
        }

        // Summaries stored before they carried the severity matched any; the alert itself decides.
        return Results.Ok(views.OfType<AlertView>().Where(query.MatchesSeverity).ToArray());
    }

    private static async Task<IResult> Counts(ClaimsPrincipal user, IGrainFactory grains, string? office)
    {
        var caller = Caller.From(user);
        var errors = new FieldErrors();
        var asked = Check.Id(errors, "office", office, required: false);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (caller.Role == Roles.Customs)
        {
            // An officer counts the office's alerts; asking for another office is asking for nothing, as in the list.
            return Results.Ok(asked is not null && asked != caller.Office ? AlertCounts.Zero : await AlertIndex.Counts(grains, caller.Office ?? "\0"));
        }

        return Results.Ok(await AlertIndex.Counts(grains, asked));
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await Visible(id, user, grains) is { } alert ? Results.Ok(alert) : NotFound(id);

    private static Task<IResult> Acknowledge(string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        JsonBody.Read<AcknowledgeRequest>(request, async body =>
        {
            if (body.Note is { Length: > MaxNote })
            {
                return Problem.BadRequest("note", $"must be at most {MaxNote} characters");
            }

            return await Act(id, user, grains, (grain, by) => grain.Acknowledge(by, body.Note));
        }, allowEmpty: true);

    private static Task<IResult> Resolve(string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        JsonBody.Read<ResolveRequest>(request, async body =>
        {
            var errors = new FieldErrors();
            var disposition = Check.Enum<Disposition>(errors, "disposition", body.Disposition);
            if (body.Note is { Length: > MaxNote })
            {
                errors.Add("note", $"must be at most {MaxNote} characters");
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            return await Act(id, user, grains, (grain, by) => grain.Resolve(by, disposition!.Value, body.Note));
        });

    private static async Task<IResult> Act(string id, ClaimsPrincipal user, IGrainFactory grains, Func<IAlertGrain, string, Task<AlertActionResult>> act)
    {
        var caller = Caller.From(user);
        if (await Visible(id, user, grains) is not { } alert)
        {
            return NotFound(id);
        }

        if (!caller.MayHandle(alert))
        {
            return Problem.Forbidden("Only officers of the alert's offices handle it.");
        }

        var by = user.FindFirstValue("sub") ?? caller.Role;
        var result = await act(grains.GetGrain<IAlertGrain>(id), caller.Office is { } office ? $"{by}@{office}" : by);
        return result.Refusal is { } refusal ? Problem.Conflict(refusal) : Results.Ok(result.Alert);
    }

    /// <summary>An alert of another office answers exactly like one that does not exist.</summary>
    private static async Task<AlertView?> Visible(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!EntityId.IsValid(id))
        {
            return null;
        }

        var alert = await grains.GetGrain<IAlertGrain>(id).Get();
        return alert is not null && Caller.From(user).MaySee(alert) ? alert : null;
    }

    private static IResult NotFound(string id) => Problem.NotFound($"No alert {id} that you may see.");
}
