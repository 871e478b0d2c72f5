namespace Tracker.Grains.Containers;

/// <summary>The customs facts known about a container; null times mean "not happened".</summary>
[GenerateSerializer, Immutable, Alias("tracker.customs-status")]
public sealed record CustomsStatus(
    [property: Id(0)] DateTimeOffset? DeclaredAt = null,
    [property: Id(1)] DateTimeOffset? ReleasedAt = null,
    [property: Id(2)] DateTimeOffset? SelectedForScanAt = null,
    [property: Id(3)] DateTimeOffset? SelectedForInspectionAt = null,
    [property: Id(4)] DateTimeOffset? HeldAt = null,
    [property: Id(5)] DateTimeOffset? ArrivalReportedAt = null,
    [property: Id(6)] DateTimeOffset? ArrivalReportDeletedAt = null)
{
    public static CustomsStatus None { get; } = new();

    /// <summary>A hold set after the latest release is in force.</summary>
    public bool Held => HeldAt is { } held && (ReleasedAt is null || held > ReleasedAt);

    /// <summary>An arrival report counts until a later deletion withdraws it.</summary>
    public bool ArrivalReported => ArrivalReportedAt is { } sent && (ArrivalReportDeletedAt is null || sent > ArrivalReportDeletedAt);

    /// <summary>The one word a list shows: the most restrictive state wins.</summary>
    public string Summary =>
        Held ? "HELD"
        : SelectedForInspectionAt is not null && (ReleasedAt is null || SelectedForInspectionAt > ReleasedAt) ? "INSPECTION"
        : SelectedForScanAt is not null && (ReleasedAt is null || SelectedForScanAt > ReleasedAt) ? "SCAN"
        : ReleasedAt is not null ? "RELEASED"
        : DeclaredAt is not null ? "DECLARED"
        : "NONE";
}
