namespace Tracker.Domain.Events;

/// <summary>The last state an electronic seal reported.</summary>
public enum SealState
{
    Sealed,
    Opened,
    Tampered,
}
