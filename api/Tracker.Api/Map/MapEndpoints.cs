using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Consignments;
using Tracker.Api.Validation;
using Tracker.Api.Problems;
using Tracker.Domain.Transit;

namespace Tracker.Api.Map;

/// <summary>What the live map draws beneath the markers: the region's geography and the open transits' corridors.</summary>
public static class MapEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var map = api.MapGroup("/map").WithTags("Live map");

        map.MapGet("/region", (RegionMap region) => Results.Ok(region))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Ports with their terminals and gates (names in English and Chinese), feeder lanes, and the approved rail and road routes.")
            .Produces<RegionMap>();

        map.MapGet("/corridors", Corridors)
            .RequireAuthorization(Policies.Monitor)
            .WithSummary("The corridor, buffer and zones of every open transit of a mode that the caller may see.")
            .Produces<TransitGeometry[]>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> Corridors(ClaimsPrincipal user, IGrainFactory grains, string? mode)
    {
        var errors = new FieldErrors();
        var wanted = Check.Enum<ConsignmentMode>(errors, "mode", mode, required: false);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var transits = await OpenTransits.List(grains, Caller.From(user), wanted);
        return Results.Ok(transits.Select(TransitGeometry.From).ToArray());
    }
}
