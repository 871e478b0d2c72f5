namespace Tracker.Bench.Load;

/// <summary>Which devices a batch reports, and so which endpoint takes it.</summary>
public enum BatchKind
{
    Locks,
    Vehicles,
}
