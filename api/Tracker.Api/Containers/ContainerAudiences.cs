using Tracker.Api.Auth;
using Tracker.Grains.Containers;

namespace Tracker.Api.Containers;

/// <summary>
/// Whose view of a box a caller gets (issue 13 item 1). Boxes are reused between shippers: control and admin see a box's
/// whole life; an enterprise only what happened within its own consignments' windows, a customs officer within its
/// office's, so that neither learns another's lock, seal, holds, gate moves or consignment ids.
/// </summary>
public static class ContainerAudiences
{
    /// <summary>Null for control and admin (the whole box); for everyone else the audience whose windows they see.</summary>
    public static ContainerAudience? Of(Caller caller) => caller.Role switch
    {
        Roles.Control or Roles.Admin => null,
        Roles.Enterprise => ContainerAudience.OfTenant(caller.Tenant ?? "\0"),
        Roles.Customs => ContainerAudience.OfOffice(caller.Office ?? "\0"),

        // A role that declares no consignments sees no box: an audience no consignment includes.
        _ => ContainerAudience.Nobody,
    };

    /// <summary>The box as the caller may see it; not <see cref="ContainerView.Known"/> when none of it is theirs.</summary>
    public static Task<ContainerView> Read(IGrainFactory grains, Caller caller, string number)
    {
        var box = grains.GetGrain<IContainerGrain>(number);
        return Of(caller) is { } audience ? box.View(audience) : box.Get();
    }
}
