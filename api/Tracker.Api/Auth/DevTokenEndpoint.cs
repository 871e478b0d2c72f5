using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Auth;

/// <param name="Devices">Device tokens: the lock ids, vehicle ids or MMSIs reported for (<c>PREFIX*</c>, <c>*</c> for all); required for a device.</param>
/// <param name="Codes">Device tokens: the event codes they may send (<c>*</c>: all but the customs-only ones); none when absent.</param>
public sealed record DevTokenRequest(
    string? Role, string? Tenant, string? Office, string? Facility = null, IReadOnlyList<string>? Devices = null, IReadOnlyList<string>? Codes = null);

public sealed record DevTokenResponse(
    string Token, DateTimeOffset ExpiresAt, string Role, string? Tenant, string? Office, string? Facility = null,
    IReadOnlyList<string>? Devices = null, IReadOnlyList<string>? Codes = null);

/// <summary>The tenants, offices and terminal facilities the declared transits name, for a sign-in picker.</summary>
public sealed record DevParties(IReadOnlyList<string> Tenants, IReadOnlyList<string> Offices, IReadOnlyList<string> Facilities);

/// <summary>Tokens for local runs and tests; mapped only when Auth:DevTokens is true.</summary>
public static class DevTokenEndpoint
{
    /// <summary>The newest transits looked at for names: enough to cover every party a demo or test port has.</summary>
    private const int PartiesSample = 2000;

    /// <summary>
    /// Facilities are in the declarations, not the list's summaries: one grain call each, so only the newest
    /// few are read. The transits of a demo or test port arrive at a handful of terminals.
    /// </summary>
    private const int FacilitiesSample = 200;

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
                Check(errors, "facility", body.Facility, required: body.Role == Roles.Terminal);
                CheckScope(errors, body);
                if (errors.Any)
                {
                    return errors.ToResult();
                }

                var (token, expires) = issuer.Issue(body.Role!, body.Tenant, body.Office, $"dev-{body.Role}", body.Facility, body.Devices, body.Codes);
                return Results.Ok(new DevTokenResponse(token, expires, body.Role!, body.Tenant, body.Office, body.Facility, body.Devices, body.Codes));
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
            .WithSummary("The tenants, offices and terminal facilities (origin and destination) the declared transits name (only when Auth:DevTokens is true).")
            .Produces<DevParties>();
    }

    private static async Task<IResult> Parties(IGrainFactory grains)
    {
        var page = await ConsignmentDirectory.List(grains, new ConsignmentQuery(Take: PartiesSample));
        var newest = await Task.WhenAll(page.Items.Take(FacilitiesSample).Select(c => grains.GetGrain<ITransferConsignmentGrain>(c.Id).Get()));

        // Only codes a terminal token can carry (the id rule): the facility claim is checked by it.
        var facilities = newest.OfType<ConsignmentView>()
            .SelectMany(c => new[] { c.Declaration.Destination.Facility, c.Declaration.Origin.Facility })
            .OfType<string>().Where(EntityId.IsValid);
        return Results.Ok(new DevParties(
            [.. page.Items.Select(c => c.Tenant).Distinct().Order(StringComparer.Ordinal)],
            [.. page.Items.SelectMany(c => c.Offices).Distinct().Order(StringComparer.Ordinal)],
            [.. facilities.Distinct().Order(StringComparer.Ordinal)]));
    }

    /// <summary>
    /// A device token names what it reports for: no silent "everything". Tools and tests that drive any device ask for
    /// <c>devices: ["*"]</c> explicitly.
    /// </summary>
    private static void CheckScope(FieldErrors errors, DevTokenRequest body)
    {
        if (body.Role != Roles.Device)
        {
            if (body.Devices is not null)
            {
                errors.Add("devices", "is only for role device");
            }

            if (body.Codes is not null)
            {
                errors.Add("codes", "is only for role device");
            }

            return;
        }

        if (body.Devices is not { Count: > 0 } devices)
        {
            errors.Add("devices", "is required for role device: lock ids, vehicle ids or MMSIs, prefixes such as QW-*, or * for all");
        }
        else if (devices.Count > MaxScopeEntries)
        {
            errors.Add("devices", $"must have at most {MaxScopeEntries} entries");
        }
        else
        {
            for (var i = 0; i < devices.Count; i++)
            {
                if (devices[i] is not { } device || !DeviceScope.IsDevicePattern(device))
                {
                    errors.Add($"devices[{i}]", $"must be *, an id ({EntityId.Rule}), or an id prefix followed by *");
                    break;
                }
            }
        }

        if (body.Codes is { } codes)
        {
            if (codes.Count > MaxScopeEntries)
            {
                errors.Add("codes", $"must have at most {MaxScopeEntries} entries");
                return;
            }

            for (var i = 0; i < codes.Count; i++)
            {
                if ((codes[i] is null ? "must be a code" : DeviceScope.CodePatternError(codes[i])) is { } error)
                {
                    errors.Add($"codes[{i}]", error);
                    return;
                }
            }
        }
    }

    private const int MaxScopeEntries = 1000;

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
