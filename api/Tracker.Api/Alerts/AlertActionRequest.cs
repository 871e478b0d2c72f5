namespace Tracker.Api.Alerts;

public sealed record AcknowledgeRequest(string? Note);

public sealed record ResolveRequest(string? Disposition, string? Note);
