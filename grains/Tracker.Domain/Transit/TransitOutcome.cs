namespace Tracker.Domain.Transit;

/// <summary>
/// The result of applying a step: the lifecycle to keep (unchanged when rejected or a no-op), whether it changed,
/// and why the step was refused.
/// </summary>
public readonly record struct TransitOutcome(TransitLifecycle Lifecycle, bool Changed, string? Rejection)
{
    public bool IsRejected => Rejection is not null;
}
