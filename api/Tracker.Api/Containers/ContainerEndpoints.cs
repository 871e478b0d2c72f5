using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Domain.Identifiers;
using Tracker.Grains.Containers;

namespace Tracker.Api.Containers;

public static class ContainerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/containers", ContainerList.List)
            .RequireAuthorization(Policies.Read)
            .WithTags("Containers")
            .WithSummary("The containers of the caller's open and recent consignments, newest consignment first, a page at a time.")
            .Produces<ContainerListPage>()
            .ProducesValidationProblem();

        api.MapGet("/containers/{number}", Get)
            .RequireAuthorization(Policies.Read)
            .WithTags("Containers")
            .WithSummary("Customs, terminal and seal state, position, carrier, ETA and the milestone timeline; a tenant's or office's own transits' windows only.")
            .Produces<ContainerView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Get(string number, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!ContainerNumber.TryParse(number, out var parsed, out var error))
        {
            return Problem.BadRequest("number", error!);
        }

        // A tenant or an office gets its own windows of the box only (ContainerAudiences): boxes are reused between shippers.
        var caller = Caller.From(user);
        var view = await ContainerAudiences.Read(grains, caller, parsed.Value);

        // Unknown and not-yours read the same, so that nobody can probe for other tenants' boxes.
        if (!view.Known || !caller.MaySee(view))
        {
            return Problem.NotFound($"No container {parsed.Value} that you may see.");
        }

        return Results.Ok(view);
    }
}
