using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Audit;
using Tracker.Api.Auth;
using Tracker.Api.Availability;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Timing;
using Tracker.Domain.Transit;
using Tracker.Grains.Alerts;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Consignments;

public static class ConsignmentEndpoints
{
    private const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/consignments").WithTags("Consignments");

        group.MapPost("", Declare)
            .RequireAuthorization(Policies.Declare)
            .Idempotent()
            .Audit(AuditActions.Declare, answer => (answer as ConsignmentResponse)?.Id)
            .WithSummary("Declares a customs transit; re-sending the same declaration is harmless.")
            .Accepts<ConsignmentRequest>("application/json")
            .Produces<ConsignmentResponse>(StatusCodes.Status201Created)
            .Produces<ConsignmentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", List)
            .RequireAuthorization(Policies.Read)
            .WithSummary("The consignments the caller may see, newest first, a page at a time.")
            .Produces<ConsignmentPage>();

        group.MapGet("/{id}", Get)
            .RequireAuthorization(Policies.Read)
            .WithSummary("Status, containers, locks with seal state and last fix, and the carrier with its position and ETA.")
            .Produces<ConsignmentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/track", Track)
            .RequireAuthorization(Policies.Read)
            .WithSummary("The lock and vehicle tracks, oldest first.")
            .Produces<ConsignmentTrack>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> Declare(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock) =>
        JsonBody.Read<ConsignmentRequest>(request, async body =>
        {
            var errors = new FieldErrors();
            if (ConsignmentValidator.Validate(body, clock.GetUtcNow(), errors) is not { } declaration)
            {
                return errors.ToResult("The declaration has invalid fields.");
            }

            if (!Caller.From(user).MayDeclare(declaration))
            {
                return Problem.Forbidden("A customs officer declares only transits whose departure, destination or supervising office is their own.");
            }

            var grain = grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
            DeclareResult result;
            ConsignmentView? declared;
            try
            {
                result = await grain.Declare(declaration);
                declared = result.Disposition == DeclareDisposition.Conflict ? null : await grain.Get();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Declaring is all or nothing: a failed one kept nothing, or is finished by the next attempt.
                return Problem.TryAgain("The declaration could not be stored. Send it again.");
            }

            if (result.Disposition == DeclareDisposition.Conflict)
            {
                return result.Field is { } field ? Problem.Conflict(field, result.Reason!) : Problem.Conflict(result.Reason!);
            }

            var view = ConsignmentResponse.From(declared!, [], await CarrierLookup.Describe(grains, declared!));
            return result.Disposition == DeclareDisposition.Created
                ? Results.Created($"/api/v1/consignments/{declaration.Id}", view)
                : Results.Ok(view);
        });

    private static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains, string? mode, string? status, string? office, string? page)
    {
        var errors = new FieldErrors();
        var query = new ConsignmentQuery(
            Check.Enum<ConsignmentMode>(errors, "mode", mode, required: false),
            Check.Enum<TransitStatus>(errors, "status", status, required: false),
            Check.Id(errors, "office", office, required: false),
            Take: PageSize,
            After: Check.Page(errors, "page", page));

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await ConsignmentDirectory.List(grains, Caller.From(user).Scope(query));
        return Results.Ok(new { result.Items, Next = result.Next?.Encode() });
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var view = await Visible(id, user, grains);
        if (view is null)
        {
            return NotFound(id);
        }

        // Alerts are customs' working material: an enterprise sees its transit, not the investigation.
        var alertIds = Caller.From(user).Role == Roles.Enterprise ? [] : view.AlertIds;
        var alerts = Task.WhenAll(alertIds.Select(a => grains.GetGrain<IAlertGrain>(a).Get()));
        var carrier = CarrierLookup.Describe(grains, view);
        return Results.Ok(ConsignmentResponse.From(view, [.. (await alerts).OfType<AlertView>().Where(a => a.Status != AlertStatus.Resolved)], await carrier));
    }

    private static async Task<IResult> Track(string id, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock, string? from, string? to)
    {
        var errors = new FieldErrors();
        var window = SaneTimes.Planned(clock.GetUtcNow());
        var start = Check.Time(errors, "from", from, window, required: false);
        var end = Check.Time(errors, "to", to, window, required: false);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await Visible(id, user, grains) is null)
        {
            return NotFound(id);
        }

        return Results.Ok(await grains.GetGrain<ITransferConsignmentGrain>(id).GetTrack(start, end));
    }

    /// <summary>A consignment the caller may not see answers exactly like one that does not exist.</summary>
    private static async Task<ConsignmentView?> Visible(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Domain.Identifiers.EntityId.IsValid(id))
        {
            return null;
        }

        var view = await grains.GetGrain<ITransferConsignmentGrain>(id).Get();
        return view is not null && Caller.From(user).MaySee(view.Declaration) ? view : null;
    }

    private static IResult NotFound(string id) => Problem.NotFound($"No consignment {id} that you may see.");
}
