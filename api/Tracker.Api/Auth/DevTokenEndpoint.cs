using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Auth;

public sealed record DevTokenRequest(string? Role, string? Tenant, string? Office);

public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt, string Role, string? Tenant, string? Office);

/// <summary>The tenants and offices the declared transits name, for a sign-in picker.</summary>
public sealed record DevParties(IReadOnlyList<string> Tenants, IReadOnlyList<string> Offices);

/// <summary>Tokens for local runs and tests; mapped only when Auth:DevTokens is true.</summary>
public static class DevTokenEndpoint
{
    /// <summary>The newest transits looked at for names: enough to cover every party a demo or test port has.</summary>
    private const int PartiesSample = 2000;

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

        // Anonymous like the token endpoint beside it: whoever may mint an admin token may see these names.
        api.MapGet("/dev/parties", Parties)
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("The tenants and offices the declared transits name (only when Auth:DevTokens is true).")
            .Produces<DevParties>();
    }

    private static async Task<IResult> Parties(IGrainFactory grains)
    {
        var page = await ConsignmentDirectory.List(grains, new ConsignmentQuery(Take: PartiesSample));
        return Results.Ok(new DevParties(
            [.. page.Items.Select(c => c.Tenant).Distinct().Order(StringComparer.Ordinal)],
            [.. page.Items.SelectMany(c => c.Offices).Distinct().Order(StringComparer.Ordinal)]));
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
