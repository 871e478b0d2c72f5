using System.Security.Claims;
using Tracker.Grains.Alerts;
using Tracker.Grains.Consignments;
using Tracker.Grains.Containers;

namespace Tracker.Api.Auth;

/// <summary>Who is asking, and the tenant or office that scopes what they may see.</summary>
public sealed record Caller(string Role, string? Tenant, string? Office, string? Facility = null)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(TrackerClaims.Role) ?? "",
        user.FindFirstValue(TrackerClaims.Tenant),
        user.FindFirstValue(TrackerClaims.Office),
        user.FindFirstValue(TrackerClaims.Facility));

    public bool SeesEverything => Role is Roles.Control or Roles.Admin;

    public bool MaySee(ContainerView container) => Role switch
    {
        Roles.Control or Roles.Admin => true,
        Roles.Enterprise => Tenant is { } tenant && container.VisibleToTenant(tenant),
        Roles.Customs => Office is { } office && container.VisibleToOffice(office),
        _ => false,
    };

    public bool MaySee(ConsignmentDeclaration consignment) => Role switch
    {
        Roles.Control or Roles.Admin => true,
        Roles.Enterprise => Tenant == consignment.Tenant,
        Roles.Customs => Office is { } office && consignment.Offices.Contains(office),
        _ => false,
    };

    /// <summary>Officers see and handle the alerts of their own office's transits.</summary>
    public bool MaySee(AlertView alert) => Role switch
    {
        Roles.Control or Roles.Admin => true,
        Roles.Customs => Office is { } office && alert.Offices.Contains(office),
        _ => false,
    };

    public bool MayHandle(AlertView alert) => Role == Roles.Admin || (Role == Roles.Customs && MaySee(alert));

    /// <summary>The group of the live hub that carries the alerts this caller may see.</summary>
    public string? AlertGroup => Role switch
    {
        Roles.Control or Roles.Admin => AlertGroups.All,
        Roles.Customs when Office is { } office => AlertGroups.Office(office),
        _ => null,
    };

    /// <summary>A customs officer declares only transits his office takes part in.</summary>
    public bool MayDeclare(ConsignmentDeclaration consignment) =>
        Role == Roles.Admin || (Role == Roles.Customs && Office is { } office && consignment.Offices.Contains(office));

    /// <summary>The list scope: enterprises see their tenant's, officers their office's.</summary>
    public ConsignmentQuery Scope(ConsignmentQuery query) => Role switch
    {
        Roles.Enterprise => query with { Tenant = Tenant ?? "\0" },
        Roles.Customs => query with { Office = Office ?? "\0" },
        _ => query,
    };
}
