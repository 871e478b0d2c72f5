using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Tracker.Api.Auth;

/// <summary>
/// A token of a scoped role must name its scope: customs its office, an enterprise its tenant, a terminal its
/// facility. Without the claim every scoped check compares against nothing, and a query whose filter is the
/// missing claim would read as no filter at all (a customs token without an office saw every office's alerts).
/// Part of every policy (see <see cref="Policies.Add"/>), so no endpoint or hub has to remember it.
/// </summary>
public sealed class ScopeClaimRequirement : AuthorizationHandler<ScopeClaimRequirement>, IAuthorizationRequirement
{
    public static readonly ScopeClaimRequirement Instance = new();

    /// <summary>The claim each scoped role must carry.</summary>
    public static readonly IReadOnlyDictionary<string, string> ClaimOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Roles.Customs] = TrackerClaims.Office,
        [Roles.Enterprise] = TrackerClaims.Tenant,
        [Roles.Terminal] = TrackerClaims.Facility,
    };

    /// <summary>True unless one of the token's roles lacks its scope claim (or carries it empty).</summary>
    public static bool IsScoped(ClaimsPrincipal user) =>
        user.FindAll(TrackerClaims.Role).All(role =>
            !ClaimOf.TryGetValue(role.Value, out var claim) || !string.IsNullOrWhiteSpace(user.FindFirstValue(claim)));

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeClaimRequirement requirement)
    {
        if (IsScoped(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
