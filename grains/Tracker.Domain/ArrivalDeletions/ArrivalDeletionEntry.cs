namespace Tracker.Domain.ArrivalDeletions;

/// <summary>One step of a request's audit trail: the status it reached, who took it, in which role, when and why.</summary>
public sealed record ArrivalDeletionEntry(ArrivalDeletionStatus Status, string By, string Role, DateTimeOffset At, string? Note);
