using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Vessels;

public static class VesselEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/vessels/{imo}", Get)
            .RequireAuthorization(Policies.Read)
            .WithTags("Vessels")
            .WithSummary("Position, voyage, port calls and containers aboard (an enterprise sees its own boxes aboard, customs its office's).")
            .Produces<VesselView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Get(string imo, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!ImoNumber.TryParse(imo, out var parsed, out var error))
        {
            return Problem.BadRequest("imo", error!);
        }

        var view = await grains.GetGrain<IVesselGrain>(parsed.Value).Get();
        if (!view.Known)
        {
            return Problem.NotFound($"No vessel with IMO {parsed.Value} has reported.");
        }

        // A vessel's position is public AIS; its load list names other enterprises' boxes and other offices' transits:
        // an enterprise sees its own tenant's boxes aboard, an officer its own office's.
        var caller = Caller.From(user);
        return caller.SeesEverything
            ? Results.Ok(view)
            : Results.Ok(view with { ContainersAboard = [.. await grains.GetGrain<IVesselGrain>(parsed.Value).AboardFor(
                caller.Role == Roles.Enterprise ? caller.Tenant : null, caller.Role == Roles.Customs ? caller.Office : null)] });
    }
}
