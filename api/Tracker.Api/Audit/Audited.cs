using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Grains.Audit;

namespace Tracker.Api.Audit;

/// <summary>
/// Records an endpoint's every answered call in the audit log: one line where the endpoint is mapped,
/// <c>.Audited(AuditActions.Declare)</c>. Successes and refusals (403, 404, 409, a problem naming a field)
/// are both kept: a refused act by a customs officer is as telling as a done one. The entry is stored
/// before the answer leaves: what a caller was told was done is in the log. A call that failed with an
/// exception (the store down, a silo lost) is not recorded; its answer says it did not happen.
/// </summary>
public static class Audited
{
    /// <param name="action">What the call does, one of <see cref="AuditActions"/>.</param>
    /// <param name="targetOf">The target when the route has no <c>{id}</c>: from the answer's value (a declared consignment's id).</param>
    public static TBuilder Audit<TBuilder>(this TBuilder endpoint, string action, Func<object?, string?>? targetOf = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
            if (status >= 500)
            {
                // "Try again": nothing was done, and the retry is recorded.
                return result;
            }

            var target = http.Request.RouteValues.TryGetValue("id", out var id) && id is string routeId
                ? routeId
                : targetOf?.Invoke(result is IValueHttpResult valued ? valued.Value : null);
            var user = http.User;
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
            await AuditLog.Append(grains, new AuditEntry(
                Guid.NewGuid().ToString("N"),
                clock.GetUtcNow(),
                user.FindFirstValue(TrackerClaims.Subject) ?? "",
                user.FindFirstValue(TrackerClaims.Role) ?? "",
                user.FindFirstValue(TrackerClaims.Tenant),
                user.FindFirstValue(TrackerClaims.Office),
                user.FindFirstValue(TrackerClaims.Facility),
                action,
                Bounded(target),
                status is >= 200 and < 300 ? AuditEntry.Succeeded : AuditEntry.Refused,
                status));
            return result;
        });

    /// <summary>A target is an id the API checked, or text from a refused body: kept short either way.</summary>
    private static string? Bounded(string? target) => target is { Length: > 200 } ? target[..200] : target;
}
