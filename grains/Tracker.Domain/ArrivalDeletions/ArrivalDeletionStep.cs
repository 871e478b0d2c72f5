namespace Tracker.Domain.ArrivalDeletions;

/// <summary>What a party does to a request; each moves it from one <see cref="ArrivalDeletionStatus"/> to another.</summary>
public enum ArrivalDeletionStep
{
    Confirm,
    Refuse,
    Approve,
    Reject,
}
