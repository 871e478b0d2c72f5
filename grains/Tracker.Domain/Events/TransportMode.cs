namespace Tracker.Domain.Events;

/// <summary>What carries the container on a leg.</summary>
public enum TransportMode
{
    Vessel,
    Feeder,
    Rail,
    Truck,
}
