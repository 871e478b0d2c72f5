namespace Tracker.Domain.ArrivalDeletions;

/// <summary>The workflow after a step, or the unchanged workflow and why the step was refused.</summary>
public sealed record ArrivalDeletionOutcome(ArrivalDeletionWorkflow Workflow, string? Refusal)
{
    public bool Refused => Refusal is not null;
}
