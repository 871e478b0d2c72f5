namespace Tracker.Domain.Transit;

/// <summary>What a geofenced zone on a transit route is for.</summary>
public enum ZoneKind
{
    Seal,
    Unseal,
    Rest,
}
