using System.Collections.Immutable;
using Tracker.Domain.Transit;

namespace Tracker.Grains.Live;

/// <summary>
/// The latest state of one moving or watched object, as the live views show it. Items are
/// coalesced by <see cref="Id"/>: a view receives only the newest item of each object.
/// </summary>
/// <param name="Held">A consignment on customs hold, or a container under a hold.</param>
/// <param name="Category">What a carrier is: FEEDER or MAINLINE for a vessel, TRUCK or TRAIN for a vehicle.</param>
/// <param name="Eta">A vessel's estimated arrival at its next port.</param>
/// <param name="Carrier">A consignment's carrier as a live key ("vehicle:TRK-1", "vessel:9512379"), so a view can join the two.</param>
/// <param name="Offices">
/// The customs offices of the transit the item belongs to: a customs officer's flow views show only its own
/// office's (see <see cref="LiveViews.ForOffice"/>). Kept by the live index; <see cref="LiveViews.Project"/> drops it before a client sees it.
/// </param>
/// <param name="ContainersByOffice">
/// A vessel's boxes aboard by the customs offices of the transits they travel in: an officer sees a vessel
/// (its AIS position is public) with its own office's boxes only. Dropped like <paramref name="Offices"/>.
/// </param>
[GenerateSerializer, Immutable, Alias("tracker.live-item")]
public sealed record LiveItem(
    [property: Id(0)] string Id,
    [property: Id(1)] LiveKind Kind,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] ConsignmentMode? Mode = null,
    [property: Id(4)] double? Lat = null,
    [property: Id(5)] double? Lon = null,
    [property: Id(6)] double? SpeedKmh = null,
    [property: Id(7)] double? Heading = null,
    [property: Id(8)] string? Label = null,
    [property: Id(9)] string? Status = null,
    [property: Id(10)] string? ConsignmentId = null,
    [property: Id(11)] ImmutableArray<string> Containers = default,
    [property: Id(12)] bool Held = false,
    [property: Id(13)] string? Category = null,
    [property: Id(14)] DateTimeOffset? Eta = null,
    [property: Id(15)] string? Carrier = null,
    [property: Id(16)] ImmutableArray<string>? Offices = null,
    [property: Id(17)] ImmutableDictionary<string, ImmutableArray<string>>? ContainersByOffice = null)
{
    public static string KeyOf(LiveKind kind, string id) => $"{kind.ToString().ToLowerInvariant()}:{id}";

    public bool Carries(string container) => !Containers.IsDefault && Containers.Contains(container);

    public bool BelongsTo(string office) => Offices is { IsDefault: false } offices && offices.Contains(office);
}

[GenerateSerializer, Alias("tracker.live-kind")]
public enum LiveKind
{
    Lock,
    Vehicle,
    Vessel,
    Consignment,
    Container,
}
