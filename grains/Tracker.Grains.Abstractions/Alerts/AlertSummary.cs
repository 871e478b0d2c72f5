using System.Collections.Immutable;
using Tracker.Domain.Supervision;

namespace Tracker.Grains.Alerts;

/// <summary>What alert lists and supervision statistics need of an alert.</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-summary")]
public sealed record AlertSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] AnomalyType Type,
    [property: Id(2)] AlertStatus Status,
    [property: Id(3)] ImmutableArray<string> Offices,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] DateTimeOffset? AcknowledgedAt,
    [property: Id(6)] DateTimeOffset? ResolvedAt,
    [property: Id(7)] string ConsignmentId,
    [property: Id(8)] Severity? Severity = null)
{
    public static AlertSummary Of(AlertView a) => new(a.Id, a.Type, a.Status, a.Offices, a.RaisedAt, a.AcknowledgedAt, a.ResolvedAt, a.ConsignmentId, a.Severity);
}

[GenerateSerializer, Immutable, Alias("tracker.alert-query")]
public sealed record AlertQuery(
    [property: Id(0)] AlertStatus? Status = null,
    [property: Id(1)] string? Office = null,
    [property: Id(2)] AnomalyType? Type = null,
    [property: Id(3)] DateTimeOffset? Since = null,
    [property: Id(4)] DateTimeOffset? Until = null,
    [property: Id(5)] int Take = 200,
    [property: Id(6)] Tracker.Grains.Common.KeysetCursor? After = null,
    [property: Id(7)] Severity? Severity = null)
{
    /// <summary>
    /// A summary stored before summaries carried the severity matches any severity asked for: the caller reads
    /// the alert itself and drops it if its severity differs (see <see cref="MatchesSeverity"/>).
    /// </summary>
    public bool Matches(AlertSummary a) =>
        (Severity is null || a.Severity is null || a.Severity == Severity)
        && (Status is null || a.Status == Status)
        && (Office is null || a.Offices.Contains(Office))
        && (Type is null || a.Type == Type)
        && (Since is null || a.RaisedAt >= Since)
        && (Until is null || a.RaisedAt <= Until);

    public bool MatchesSeverity(AlertView a) => Severity is null || a.Severity == Severity;
}

/// <summary>How many of the caller's alerts wait for an officer: open (not yet taken in hand) and acknowledged (in hand, not resolved).</summary>
[GenerateSerializer, Immutable, Alias("tracker.alert-counts")]
public sealed record AlertCounts([property: Id(0)] int Open, [property: Id(1)] int Acknowledged)
{
    public static AlertCounts Zero { get; } = new(0, 0);

    public AlertCounts Plus(AlertCounts other) => new(Open + other.Open, Acknowledged + other.Acknowledged);
}
