using System.Collections.Immutable;
using Tracker.Domain.ArrivalDeletions;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// A request to delete a container's export arrival report (出口运抵删除), as every party sees it:
/// the enterprise (tenant) applies, the terminal (facility) confirms, customs (offices) approves.
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion")]
public sealed record ArrivalDeletionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Container,
    [property: Id(2)] string ConsignmentId,
    [property: Id(3)] string Tenant,
    [property: Id(4)] string Facility,
    [property: Id(5)] ImmutableArray<string> Offices,
    [property: Id(6)] string Reason,
    [property: Id(7)] bool Resend,
    [property: Id(8)] ArrivalDeletionStatus Status,
    [property: Id(9)] DateTimeOffset RequestedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] ImmutableArray<DeletionAttachment> Attachments,
    [property: Id(12)] ImmutableArray<DeletionHistoryEntry> History)
{
    // Methods, not properties: the view is the JSON of the API and of the store, which would show properties.
    public bool IsOpen() => ArrivalDeletionWorkflow.IsOpenStatus(Status);

    public ArrivalDeletionWorkflow ToWorkflow() =>
        new(Status, [.. History.Select(h => new ArrivalDeletionEntry(h.Status, h.By, h.Role, h.At, h.Note))]);

    public ArrivalDeletionView With(ArrivalDeletionWorkflow workflow) => this with
    {
        Status = workflow.Status,
        UpdatedAt = workflow.UpdatedAt,
        History = [.. workflow.History.Select(h => new DeletionHistoryEntry(h.Status, h.By, h.Role, h.At, h.Note))],
    };
}

/// <summary>A file sent with the request; its bytes are in the attachment store, under the request's id and its own.</summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-attachment")]
public sealed record DeletionAttachment(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Size);

/// <summary>One step of the audit trail.</summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-history")]
public sealed record DeletionHistoryEntry(
    [property: Id(0)] ArrivalDeletionStatus Status,
    [property: Id(1)] string By,
    [property: Id(2)] string Role,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Note);
