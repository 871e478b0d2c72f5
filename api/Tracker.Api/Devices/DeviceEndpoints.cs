using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Alerts;
using Tracker.Api.Audit;
using Tracker.Api.Auth;
using Tracker.Api.Availability;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Grains.Devices;

namespace Tracker.Api.Devices;

/// <summary>
/// The device registry: which lock or vehicle a gateway terminal reports for. Admin only: a wrong mapping
/// moves one transit's seal events onto another's, so it is an operator's act, recorded in the audit log.
/// </summary>
public static class DeviceEndpoints
{
    private const int PageSize = 100;
    private const int MaxPageSize = 500;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/devices").WithTags("Devices").RequireAuthorization(Policies.Admin);

        group.MapPost("", Register)
            .Idempotent()
            .Audit(AuditActions.DeviceRegister, answer => (answer as DeviceResponse)?.TerminalId)
            .WithSummary("Registers a JT/T 808 terminal for one lock or one vehicle, with the auth code the gateway hands it; re-sending the same registration is harmless.")
            .Accepts<DeviceRequest>("application/json")
            .Produces<DeviceResponse>(StatusCodes.Status201Created)
            .Produces<DeviceResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", List)
            .WithSummary("The registered devices, newest first, a page at a time.")
            .Produces<DevicePage>()
            .ProducesValidationProblem();

        group.MapGet("/{id}", Get)
            .WithSummary("One registered device by terminal id (leading zeros ignored).")
            .Produces<DeviceResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", Delete)
            .Audit(AuditActions.DeviceDelete)
            .WithSummary("Removes a device: its terminal is refused from then on, and its lock or vehicle is free for another.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> Register(HttpRequest request, IGrainFactory grains) =>
        JsonBody.Read<DeviceRequest>(request, async body =>
        {
            var errors = new FieldErrors();
            if (DeviceValidator.Validate(body, errors) is not var (terminal, registration))
            {
                return errors.ToResult("The device has invalid fields.");
            }

            var result = await grains.GetGrain<IDeviceGrain>(terminal).Register(registration);
            if (result.Device is not { } device)
            {
                return Problem.Conflict(result.ConflictField!, Conflict(terminal, registration, result));
            }

            var view = DeviceResponse.From(device);
            return result.Created ? Results.Created($"/api/v1/devices/{terminal}", view) : Results.Ok(view);
        });

    private static async Task<IResult> List(HttpContext http, IGrainFactory grains, string? page, string? limit)
    {
        var errors = new FieldErrors();
        var query = new DeviceQuery(Check.Limit(errors, "limit", limit, MaxPageSize) ?? PageSize, Check.Page(errors, "page", page));
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var (items, next) = await DeviceDirectory.List(grains, query);
        if (next is not null)
        {
            http.Response.Headers.Link = $"<{NextPage.Link(http.Request, next)}>; rel=\"next\"";
        }

        return Results.Ok(new DevicePage([.. items.Select(DeviceResponse.From)], next?.Encode()));
    }

    private static async Task<IResult> Get(string id, IGrainFactory grains)
    {
        if (Terminal(id) is not { } terminal || await grains.GetGrain<IDeviceGrain>(terminal).Get() is not { } device)
        {
            return NotFound(id);
        }

        return Results.Ok(DeviceResponse.From(device));
    }

    private static async Task<IResult> Delete(string id, IGrainFactory grains)
    {
        if (Terminal(id) is not { } terminal || !await grains.GetGrain<IDeviceGrain>(terminal).Delete())
        {
            return NotFound(id);
        }

        return Results.NoContent();
    }

    /// <summary>An id that could never have been registered is simply unknown: 404, like any other.</summary>
    private static string? Terminal(string id) => DeviceValidator.TerminalId(new FieldErrors(), "id", id);

    private static IResult NotFound(string id) => Problem.NotFound($"No device is registered with terminal id {id}.");

    private static string Conflict(string terminal, DeviceRegistration wanted, DeviceRegisterResult result) =>
        result.ConflictWith == terminal
            ? $"Terminal {terminal} is registered differently ({result.ConflictField} differs); delete it first to change it."
            : result.ConflictField == "lockId"
                ? $"Lock {wanted.LockId} is already reported by terminal {result.ConflictWith}."
                : $"Vehicle {wanted.VehicleId} is already reported by terminal {result.ConflictWith}.";
}
