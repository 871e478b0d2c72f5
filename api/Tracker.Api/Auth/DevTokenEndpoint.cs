using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Domain.Identifiers;

namespace Tracker.Api.Auth;

public sealed record DevTokenRequest(string? Role, string? Tenant, string? Office);

public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt, string Role, string? Tenant, string? Office);

/// <summary>Tokens for local runs and tests; mapped only when Auth:DevTokens is true.</summary>
public static class DevTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dev/token", (HttpRequest request, TokenIssuer issuer) => JsonBody.Read<DevTokenRequest>(request, body =>
            {
                var errors = new FieldErrors();
                if (body.Role is not { } role || !Roles.All.Contains(role))
                {
                    errors.Add("role", $"must be one of {string.Join(", ", Roles.All)}");
                }

                Check(errors, "tenant", body.Tenant, required: body.Role == Roles.Enterprise);
                Check(errors, "office", body.Office, required: body.Role == Roles.Customs);
                if (errors.Any)
                {
                    return errors.ToResult();
                }

                var (token, expires) = issuer.Issue(body.Role!, body.Tenant, body.Office, $"dev-{body.Role}");
                return Results.Ok(new DevTokenResponse(token, expires, body.Role!, body.Tenant, body.Office));
            }))
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("Issues a token for a role (only when Auth:DevTokens is true).")
            .Accepts<DevTokenRequest>("application/json")
            .Produces<DevTokenResponse>()
            .ProducesValidationProblem();
    }

    private static void Check(FieldErrors errors, string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, "is required for this role");
            }
        }
        else if (!EntityId.IsValid(value))
        {
            errors.Add(field, EntityId.Rule);
        }
    }
}
