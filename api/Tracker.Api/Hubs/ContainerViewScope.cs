using Tracker.Api.Auth;
using Tracker.Api.Containers;
using Tracker.Grains.Common;
using Tracker.Grains.Containers;
using Tracker.Grains.Live;

namespace Tracker.Api.Hubs;

/// <summary>
/// A container view ("container:{number}") watched by a tenant or an office sees the box only within its own
/// consignments' windows (issue 13 item 1). Such subscribers share a group per audience, "container:{number}@tenant:{t}"
/// or "@office:{o}", whose snapshot and deltas are projected here; control's group is the view itself, unprojected.
/// </summary>
public static class ContainerViewScope
{
    private const string TenantMark = "@tenant:";
    private const string OfficeMark = "@office:";

    /// <summary>The hub group (and subscription key) of a view for a caller.</summary>
    public static string Key(string view, Caller caller) =>
        !view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal) || ContainerAudiences.Of(caller) is not { } audience
            ? view
            : audience.Tenant is { } tenant ? view + TenantMark + tenant
            : view + OfficeMark + audience.Office;

    /// <summary>The view a subscription key watches.</summary>
    public static string ViewOf(string key) => Split(key).View;

    /// <summary>The container number and audience of a projected key; false for a view sent as it is.</summary>
    public static bool TryParse(string key, out string view, out string number, out ContainerAudience audience)
    {
        (view, var rest) = Split(key);
        number = view.StartsWith(LiveViews.ContainerPrefix, StringComparison.Ordinal) ? view[LiveViews.ContainerPrefix.Length..] : "";
        audience = rest.StartsWith(TenantMark, StringComparison.Ordinal) ? ContainerAudience.OfTenant(rest[TenantMark.Length..])
            : rest.StartsWith(OfficeMark, StringComparison.Ordinal) ? ContainerAudience.OfOffice(rest[OfficeMark.Length..])
            : ContainerAudience.Nobody;
        return rest.Length > 0;
    }

    /// <summary>
    /// What the audience's projection of the box (<see cref="IContainerGrain.View"/>) lets it see of the view's items
    /// other than the box itself (that one is <see cref="Item"/> of the projection): locks and consignments of its own consignments; a vehicle assigned to one of them,
    /// or the box's carrier while one of them is open. Nothing else: another tenant's lock names the box too.
    /// </summary>
    public static List<LiveItem> Filter(ContainerView box, IEnumerable<LiveItem> items)
    {
        var mine = box.Consignments.Select(c => c.ConsignmentId).ToHashSet(StringComparer.Ordinal);
        var carrier = box.Consignments.Any(c => c.Open) && box.Carrier is { } c
            ? LiveItem.KeyOf(c.Kind == CarrierKind.Vessel ? LiveKind.Vessel : LiveKind.Vehicle, c.Id)
            : null;
        var shown = new List<LiveItem>();
        foreach (var item in items)
        {
            var visible = item.Kind switch
            {
                LiveKind.Container => false,
                LiveKind.Lock or LiveKind.Consignment => item.ConsignmentId is { } id && mine.Contains(id),
                LiveKind.Vehicle or LiveKind.Vessel => (item.ConsignmentId is { } id && mine.Contains(id)) || item.Id == carrier,
                _ => false,
            };
            if (visible)
            {
                shown.Add(item);
            }
        }

        return shown;
    }

    /// <summary>The box as a live item, from a view of it (whole, or an audience's projection).</summary>
    public static LiveItem Item(ContainerView c) => new(
        LiveItem.KeyOf(LiveKind.Container, c.Number), LiveKind.Container, c.Position?.Time ?? c.Timeline.LastOrDefault()?.Time ?? DateTimeOffset.MinValue,
        Lat: c.Position?.Lat, Lon: c.Position?.Lon, SpeedKmh: c.Position?.SpeedKmh, Heading: c.Position?.Heading,
        Label: c.Terminal.LastCode?.ToString(), Status: c.Customs.Summary, ConsignmentId: c.Consignments.LastOrDefault()?.ConsignmentId, Held: c.Customs.Held,
        Containers: [c.Number]);

    private static (string View, string Suffix) Split(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (key, "") : (key[..at], key[at..]);
    }
}
