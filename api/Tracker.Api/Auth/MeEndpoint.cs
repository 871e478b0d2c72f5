using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tracker.Api.Auth;

/// <summary>Who the token says the caller is; a browser checks its stored token with it on opening a page.</summary>
public sealed record MeResponse(string Role, string? Tenant, string? Office, DateTimeOffset? ExpiresAt, string? Facility = null);

public static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) =>
            {
                var caller = Caller.From(user);
                var exp = long.TryParse(user.FindFirstValue("exp"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
                return Results.Ok(new MeResponse(caller.Role, caller.Tenant, caller.Office, exp, caller.Facility));
            })
            .RequireAuthorization()
            .WithTags("Auth")
            .WithSummary("The role, tenant, office or facility and expiry of the caller's token.")
            .Produces<MeResponse>();
    }
}
