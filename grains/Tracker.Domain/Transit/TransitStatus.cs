namespace Tracker.Domain.Transit;

/// <summary>Where a transit is in its lifecycle.</summary>
/// <remarks>Declared in lifecycle order: rejection messages compare statuses to tell "too early" from "too late".</remarks>
public enum TransitStatus
{
    Declared,
    Sealed,
    Departed,
    InTransit,
    Arrived,
    Unsealed,
    Closed,
}
