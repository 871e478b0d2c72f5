using Tracker.Api.Auth;
using Tracker.Grains.ArrivalDeletions;

namespace Tracker.Api.ArrivalDeletions;

/// <summary>Who sees a request and who acts on it: its parties see and act on their own steps; control and admin read.</summary>
public static class ArrivalDeletionAccess
{
    public static bool MaySee(this Caller caller, ArrivalDeletionView r) => caller.SeesEverything || caller.IsPartyTo(r);

    /// <summary>The enterprise that applied, the terminal that holds the box, the offices that approve.</summary>
    public static bool IsPartyTo(this Caller caller, ArrivalDeletionView r) => caller.Role switch
    {
        Roles.Enterprise => caller.Tenant == r.Tenant,
        Roles.Terminal => caller.Facility == r.Facility,
        Roles.Customs => caller.Office is { } office && r.Offices.Contains(office),
        _ => false,
    };

    /// <summary>The caller's own list (null: the list of all), or "none" for a token without its party claim.</summary>
    public static (bool Any, string? List) DeletionList(this Caller caller) => caller.Role switch
    {
        Roles.Enterprise => (caller.Tenant is not null, caller.Tenant is { } t ? ArrivalDeletionIndex.OfTenant(t) : null),
        Roles.Terminal => (caller.Facility is not null, caller.Facility is { } f ? ArrivalDeletionIndex.OfFacility(f) : null),
        Roles.Customs => (caller.Office is not null, caller.Office is { } o ? ArrivalDeletionIndex.OfOffice(o) : null),
        _ => (caller.SeesEverything, null),
    };

    /// <summary>Who took a step, as the audit trail names them: the token's subject at its party.</summary>
    public static string Signature(this Caller caller, string subject) =>
        (caller.Tenant ?? caller.Facility ?? caller.Office) is { } party ? $"{subject}@{party}" : subject;

    /// <summary>The hub group that carries the requests this caller may see.</summary>
    public static string? DeletionGroup(this Caller caller) => caller.Role switch
    {
        Roles.Control or Roles.Admin => ArrivalDeletionGroups.All,
        Roles.Enterprise when caller.Tenant is { } t => ArrivalDeletionGroups.Of(ArrivalDeletionIndex.OfTenant(t)),
        Roles.Terminal when caller.Facility is { } f => ArrivalDeletionGroups.Of(ArrivalDeletionIndex.OfFacility(f)),
        Roles.Customs when caller.Office is { } o => ArrivalDeletionGroups.Of(ArrivalDeletionIndex.OfOffice(o)),
        _ => null,
    };
}
