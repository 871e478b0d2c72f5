namespace Tracker.Domain.Events;

/// <summary>The DCSA-style family an event belongs to; on the wire as EQUIPMENT, TRANSPORT, TRANSIT or SEAL.</summary>
public enum EventType
{
    Equipment,
    Transport,
    Transit,
    Seal,
}
