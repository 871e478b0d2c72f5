namespace Tracker.Api.ArrivalDeletions;

/// <summary>An enterprise's application to delete a container's arrival report.</summary>
public sealed record ArrivalDeletionCreate(string? Container, string? ConsignmentId, string? Reason, bool? Resend, AttachmentUpload[]? Attachments);

/// <summary>A file sent with the application, its bytes in base64.</summary>
public sealed record AttachmentUpload(string? Name, string? ContentType, string? DataBase64);

/// <summary>The body of a step: why (required to refuse or reject).</summary>
public sealed record ArrivalDeletionNote(string? Note);

/// <summary>A page of requests, newest first; <c>next</c> is the cursor of the following page (pass it as <c>page</c>).</summary>
public sealed record ArrivalDeletionPage(IReadOnlyList<Tracker.Grains.ArrivalDeletions.ArrivalDeletionView> Items, string? Next);
