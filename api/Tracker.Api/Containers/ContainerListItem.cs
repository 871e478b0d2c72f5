using Tracker.Domain.Transit;

namespace Tracker.Api.Containers;

/// <summary>
/// One row of "my containers": a container of one of the caller's consignments, with the states a list shows.
/// </summary>
/// <param name="Customs">The customs summary word: NONE, DECLARED, RELEASED, SCAN, INSPECTION or HELD.</param>
/// <param name="Seal">sealed, opened, tampered, or unknown before any lock or SEAL event said.</param>
/// <param name="LastFixAt">When the container's position (its lock's, or its carrier's) was last reported.</param>
public sealed record ContainerListItem(
    string Number,
    string ConsignmentId,
    ConsignmentMode Mode,
    TransitStatus TransitStatus,
    string Customs,
    string Seal,
    DateTimeOffset? Eta,
    DateTimeOffset? LastFixAt,
    DateTimeOffset DeclaredAt);

public sealed record ContainerListPage(IReadOnlyList<ContainerListItem> Items, string? Next);
