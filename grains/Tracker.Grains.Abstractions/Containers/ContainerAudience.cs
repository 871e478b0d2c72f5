namespace Tracker.Grains.Containers;

/// <summary>
/// Who a container is shown to, when not to control: a tenant (an enterprise) or a customs office. It sees the box
/// only within the windows of its own consignments; between them the box is someone else's.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.container-audience")]
public sealed record ContainerAudience([property: Id(0)] string? Tenant, [property: Id(1)] string? Office)
{
    public static ContainerAudience OfTenant(string tenant) => new(tenant, null);

    public static ContainerAudience OfOffice(string office) => new(null, office);

    /// <summary>Includes no consignment: sees no box.</summary>
    public static ContainerAudience Nobody { get; } = new(null, null);

    public bool Includes(ConsignmentLink link) =>
        (Tenant is { } tenant && link.Tenant == tenant) || (Office is { } office && link.Offices.Contains(office));
}
