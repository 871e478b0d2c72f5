using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Alerts;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Timing;
using Tracker.Grains.Audit;

namespace Tracker.Api.Audit;

/// <summary>A page of the audit log; <see cref="Next"/> is the <c>page</c> of the one after it (null: the last).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, string? Next);

public static class AuditEndpoints
{
    private const int PageSize = 100;
    private const int MaxPageSize = 500;
    private const int MaxText = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", List)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Audit")
            .WithSummary("Customs and terminal actions (declare, acknowledge, resolve, arrival-deletion steps) with who, when, target and outcome, newest first.")
            .Produces<AuditPage>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> List(HttpContext http, IGrainFactory grains, TimeProvider clock, string? actor, string? action, string? target, string? from, string? until, string? page, string? limit)
    {
        var errors = new FieldErrors();
        var window = SaneTimes.Planned(clock.GetUtcNow());
        if (action is not null && !AuditActions.All.Contains(action))
        {
            errors.Add("action", $"must be one of {string.Join(", ", AuditActions.All)}");
        }

        Text(errors, "actor", actor);
        Text(errors, "target", target);
        var query = new AuditQuery(
            actor,
            action,
            target,
            Check.Time(errors, "from", from, window, required: false),
            Check.Time(errors, "until", until, window, required: false),
            Check.Limit(errors, "limit", limit, MaxPageSize) ?? PageSize,
            Check.Page(errors, "page", page));
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var (items, next) = await AuditLog.List(grains, query);
        if (next is not null)
        {
            http.Response.Headers.Link = $"<{NextPage.Link(http.Request, next)}>; rel=\"next\"";
        }

        return Results.Ok(new AuditPage(items, next?.Encode()));
    }

    private static void Text(FieldErrors errors, string field, string? value)
    {
        if (value is { Length: 0 or > MaxText })
        {
            errors.Add(field, $"must be 1 to {MaxText} characters");
        }
    }
}
