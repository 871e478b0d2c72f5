namespace Tracker.Grains.Audit;

/// <summary>
/// One customs or terminal action as it was answered: who (the token's subject, role and party), when,
/// what (<see cref="Action"/>, e.g. <c>alert.acknowledge</c>), on what (<see cref="Target"/>: the alert,
/// consignment or request id) and how it ended (<see cref="Outcome"/> with the HTTP status).
/// </summary>
[GenerateSerializer, Immutable, Alias("tracker.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Role,
    [property: Id(4)] string? Tenant,
    [property: Id(5)] string? Office,
    [property: Id(6)] string? Facility,
    [property: Id(7)] string Action,
    [property: Id(8)] string? Target,
    [property: Id(9)] string Outcome,
    [property: Id(10)] int Status)
{
    public const string Succeeded = "succeeded";
    public const string Refused = "refused";
}

/// <summary>A page of the audit log, newest first, after <see cref="After"/>; null filters match everything.</summary>
[GenerateSerializer, Immutable, Alias("tracker.audit-query")]
public sealed record AuditQuery(
    [property: Id(0)] string? Actor = null,
    [property: Id(1)] string? Action = null,
    [property: Id(2)] string? Target = null,
    [property: Id(3)] DateTimeOffset? From = null,
    [property: Id(4)] DateTimeOffset? Until = null,
    [property: Id(5)] int Take = 100,
    [property: Id(6)] Tracker.Grains.Common.KeysetCursor? After = null)
{
    public bool Matches(AuditEntry e) =>
        (Actor is null || e.Actor == Actor)
        && (Action is null || e.Action == Action)
        && (Target is null || e.Target == Target)
        && (From is null || e.At >= From)
        && (Until is null || e.At <= Until);
}
