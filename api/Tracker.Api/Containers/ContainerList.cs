using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Transit;
using Tracker.Domain.Wire;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;

namespace Tracker.Api.Containers;

/// <summary>
/// "My containers" (<c>GET /api/v1/containers</c>): the containers of the caller's open and recently closed
/// consignments, newest consignment first, a page of <see cref="PageSize"/> at a time.
/// </summary>
public static class ContainerList
{
    public const int PageSize = 50;

    /// <summary>How long a closed consignment's containers stay on the list.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(30);

    /// <summary>The longest part of a container number worth searching for: the whole number.</summary>
    private const int MaxQuery = 11;

    public static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock, string? status, string? q, string? page)
    {
        var errors = new FieldErrors();
        var transitStatus = Check.Enum<TransitStatus>(errors, "status", status, required: false);
        var number = Number(errors, q);
        var after = Check.Page(errors, "page", page);
        if (after is not null && ContainerRows.ConsignmentOf(after) is null)
        {
            // A cursor of another list (a consignment's, an alert's) names no container row.
            errors.Add("page", "must be the 'next' value of an earlier page");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var caller = Caller.From(user);
        if (caller.Role is not (Roles.Control or Roles.Admin or Roles.Enterprise or Roles.Customs))
        {
            // The scope below knows tenants and offices only; a role it does not know must not fall through to "all".
            return Problem.Forbidden("This role has no containers of its own to list.");
        }

        var query = new ContainerQuery(
            caller.Scope(new ConsignmentQuery(Status: transitStatus)), number, clock.GetUtcNow() - Recent, after, PageSize);
        var rows = await ConsignmentDirectory.ListContainers(grains, query);

        // A page's rows only: a container grain call each, at most PageSize of them; each as the caller may see the box.
        var containers = await Task.WhenAll(rows.Items.Select(r => ContainerAudiences.Read(grains, caller, r.Number)));
        var items = rows.Items.Zip(containers, Item).ToList();
        return Results.Ok(new ContainerListPage(items, rows.Next?.Encode()));
    }

    private static ContainerListItem Item(ContainerRow row, ContainerView container) => new(
        row.Number, row.ConsignmentId, row.Mode, row.Status, container.Customs.Summary,
        container.Seal.State is { } seal ? WireEnum.Name(seal).ToLowerInvariant() : "unknown",
        container.Eta, container.Position?.Time, row.DeclaredAt);

    /// <summary>A part of a container number: letters and digits only, matched without regard to case.</summary>
    private static string? Number(FieldErrors errors, string? q)
    {
        if (q is null)
        {
            return null;
        }

        var trimmed = q.Trim();
        if (trimmed.Length is 0 or > MaxQuery || !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("q", $"must be 1 to {MaxQuery} letters or digits of a container number");
            return null;
        }

        return trimmed.ToUpperInvariant();
    }
}
