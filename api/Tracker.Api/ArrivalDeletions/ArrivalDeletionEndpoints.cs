using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tracker.Api.Audit;
using Tracker.Api.Auth;
using Tracker.Api.Json;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.ArrivalDeletions;
using Tracker.Domain.Identifiers;
using Tracker.Grains.ArrivalDeletions;
using Tracker.Grains.Attachments;
using Tracker.Grains.Common;
using Tracker.Grains.Containers;

namespace Tracker.Api.ArrivalDeletions;

/// <summary>
/// Online deletion of an export arrival report (出口运抵删除): the enterprise applies with its files, the
/// terminal confirms the box is in port, customs approves and the container's report is deleted (and
/// re-sent when asked). A request another party may not see answers exactly like an unknown one.
/// </summary>
public static class ArrivalDeletionEndpoints
{
    private const int PageSize = 50;
    private const int MaxPageSize = 200;
    private const int MaxReason = 2000;

    /// <summary>Five files of 5 MB are about 33 MB of base64: more than Kestrel's default body limit of 30 MB.</summary>
    private const long MaxBody = 40L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder api)
    {
        var deletions = api.MapGroup("/arrival-deletions").WithTags("Arrival-report deletions").RequireAuthorization(Policies.ArrivalDeletions);

        deletions.MapPost("", Create)
            .Audit(AuditActions.ArrivalDeletionApply, answer => (answer as ArrivalDeletionView)?.Id)
            .WithSummary("An enterprise applies to delete a container's arrival report (optionally re-sent), with its files.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBody))
            .Accepts<ArrivalDeletionCreate>("application/json")
            .Produces<ArrivalDeletionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deletions.MapGet("", List)
            .WithSummary("The requests of the caller's party (tenant, terminal facility or office; control and admin: all), newest first.")
            .Produces<ArrivalDeletionPage>()
            .ProducesValidationProblem();

        deletions.MapGet("/{id}", Get)
            .WithSummary("One request with its files and audit trail.")
            .Produces<ArrivalDeletionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapStep(deletions, "confirm", ArrivalDeletionStep.Confirm, "The terminal confirms the box is in port under its arrival report.");
        MapStep(deletions, "refuse", ArrivalDeletionStep.Refuse, "The terminal refuses the request, saying why in the note.");
        MapStep(deletions, "approve", ArrivalDeletionStep.Approve, "Customs approves: the container's arrival report is deleted (ARRD), and re-sent (ARRP) when asked.");
        MapStep(deletions, "reject", ArrivalDeletionStep.Reject, "Customs rejects the request, saying why in the note.");

        deletions.MapGet("/{id}/attachments/{attachmentId}", Download)
            .WithSummary("A file of the request, for its parties.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapStep(RouteGroupBuilder deletions, string path, ArrivalDeletionStep step, string summary) =>
        deletions.MapPost($"/{{id}}/{path}", (string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) => Act(id, step, request, user, grains))
            .Audit(AuditActions.ArrivalDeletion(path))
            .WithSummary(summary)
            .Accepts<ArrivalDeletionNote>("application/json")
            .Produces<ArrivalDeletionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, IAttachmentStore store, TimeProvider clock) =>
        JsonBody.Read<ArrivalDeletionCreate>(request, async body =>
        {
            var caller = Caller.From(user);
            if (caller.Role != Roles.Enterprise || caller.Tenant is not { } tenant)
            {
                return Problem.Forbidden("Only an enterprise applies to delete an arrival report.");
            }

            var errors = new FieldErrors();
            var number = Check.Container(errors, "container", body.Container);
            var consignmentId = Check.Id(errors, "consignmentId", body.ConsignmentId, required: false);
            if (string.IsNullOrWhiteSpace(body.Reason))
            {
                errors.Add("reason", "is required");
            }
            else if (body.Reason.Length > MaxReason)
            {
                errors.Add("reason", $"must be at most {MaxReason} characters");
            }

            var files = AttachmentCheck.Decode(errors, body.Attachments);
            if (errors.Any)
            {
                return errors.ToResult();
            }

            var container = await grains.GetGrain<IContainerGrain>(number!).Get();
            if (!container.Known || !caller.MaySee(container))
            {
                // Another tenant's box answers like an unknown one.
                return Problem.Unprocessable("container", $"no container {number} of yours is known");
            }

            var link = consignmentId is null
                ? container.Consignments.Where(l => l.Tenant == tenant).MaxBy(l => l.DeclaredAt)
                : container.Consignments.FirstOrDefault(l => l.Tenant == tenant && l.ConsignmentId == consignmentId);
            if (link is null)
            {
                return Problem.Unprocessable("consignmentId", $"no consignment of yours carries {number}");
            }

            if (!container.Customs.ArrivalReported)
            {
                return Problem.Unprocessable("container", $"{number} has no arrival report in force");
            }

            if (container.Terminal.Facility is not { } facility)
            {
                return Problem.Unprocessable("container", $"{number} is at no terminal facility that could confirm the deletion");
            }

            var id = $"ad-{Guid.CreateVersion7():N}";
            if (await grains.GetGrain<IDeletionGuardGrain>(number!).Open(id) is { } open)
            {
                return Problem.Conflict($"Request {open} to delete the arrival report of {number} is still open.");
            }

            var attachments = files.Select((f, i) => new DeletionAttachment($"att-{i + 1}", f.Name, f.ContentType, f.Data.Length)).ToList();
            await Task.WhenAll(files.Select((f, i) => store.Put(id, attachments[i].Id, f.Data, request.HttpContext.RequestAborted).AsTask()));

            var workflow = ArrivalDeletionWorkflow.Request(caller.Signature(Subject(user, caller)), clock.GetUtcNow());
            var created = await grains.GetGrain<IArrivalDeletionGrain>(id).Create(new ArrivalDeletionView(
                id, number!, link.ConsignmentId, tenant, facility, [.. link.Offices.Distinct()], body.Reason!.Trim(), body.Resend ?? false,
                workflow.Status, workflow.RequestedAt, workflow.UpdatedAt, [.. attachments], []).With(workflow));
            return Results.Created($"/api/v1/arrival-deletions/{id}", created);
        });

    private static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains, string? status, string? container, string? page, string? limit)
    {
        var errors = new FieldErrors();
        var query = new ArrivalDeletionQuery(
            Check.Enum<ArrivalDeletionStatus>(errors, "status", status, required: false),
            Check.Container(errors, "container", container, required: false),
            Take: Check.Limit(errors, "limit", limit, MaxPageSize) ?? PageSize,
            After: Check.Page(errors, "page", page));

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var (any, list) = Caller.From(user).DeletionList();
        if (!any)
        {
            return Results.Ok(new ArrivalDeletionPage([], null));
        }

        var (summaries, next) = await ArrivalDeletionIndex.List(grains, list, query);
        var requests = await Task.WhenAll(summaries.Select(s => grains.GetGrain<IArrivalDeletionGrain>(s.Id).Get()));
        return Results.Ok(new ArrivalDeletionPage([.. requests.OfType<ArrivalDeletionView>()], next?.Encode()));
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await Visible(id, Caller.From(user), grains) is { } request ? Results.Ok(request) : NotFound(id);

    private static Task<IResult> Act(string id, ArrivalDeletionStep step, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        JsonBody.Read<ArrivalDeletionNote>(request, async body =>
        {
            if (ArrivalDeletionWorkflow.NeedsNote(step) && string.IsNullOrWhiteSpace(body.Note))
            {
                return Problem.BadRequest("note", $"is required to {step.ToString().ToLowerInvariant()}: say why");
            }

            if (body.Note is { Length: > ArrivalDeletionWorkflow.MaxNote })
            {
                return Problem.BadRequest("note", $"must be at most {ArrivalDeletionWorkflow.MaxNote} characters");
            }

            var caller = Caller.From(user);
            if (await Visible(id, caller, grains) is null)
            {
                return NotFound(id);
            }

            var role = ArrivalDeletionWorkflow.RoleOf(step);
            if (caller.Role != role)
            {
                return Problem.Forbidden($"Only the {role} of the request may {step.ToString().ToLowerInvariant()} it.");
            }

            var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
            var result = await grains.GetGrain<IArrivalDeletionGrain>(id).Act(step, caller.Signature(Subject(user, caller)), caller.Role, note);
            return result.Refusal is { } refusal ? Problem.Conflict(refusal) : Results.Ok(result.Request);
        }, allowEmpty: true);

    private static async Task<IResult> Download(string id, string attachmentId, ClaimsPrincipal user, IGrainFactory grains, IAttachmentStore store, HttpContext http)
    {
        var caller = Caller.From(user);
        if (await Visible(id, caller, grains) is not { } request)
        {
            return NotFound(id);
        }

        if (!caller.IsPartyTo(request))
        {
            return Problem.Forbidden("The files of a request are for its enterprise, terminal and customs offices.");
        }

        if (request.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment
            || await store.Read(id, attachmentId, http.RequestAborted) is not { } data)
        {
            return Problem.NotFound($"Request {id} has no file {attachmentId}.");
        }

        return Results.File(data, attachment.ContentType, attachment.Name);
    }

    /// <summary>A request its caller may not see answers exactly like one that does not exist.</summary>
    private static async Task<ArrivalDeletionView?> Visible(string id, Caller caller, IGrainFactory grains)
    {
        if (!EntityId.IsValid(id))
        {
            return null;
        }

        var request = await grains.GetGrain<IArrivalDeletionGrain>(id).Get();
        return request is not null && caller.MaySee(request) ? request : null;
    }

    private static string Subject(ClaimsPrincipal user, Caller caller) => user.FindFirstValue("sub") ?? caller.Role;

    private static IResult NotFound(string id) => Problem.NotFound($"No arrival-report deletion request {id} that you may see.");
}
