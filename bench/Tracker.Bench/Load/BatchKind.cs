namespace Tracker.Bench.Load;

/// <summary>What a batch reports, and so which endpoint takes it.</summary>
public enum BatchKind
{
    Locks,
    Vehicles,

    /// <summary>AIS reports of the vessel fleet (<see cref="Vessels"/>), POST /api/v1/ingest/ais.</summary>
    Ais,

    /// <summary>Gate events of the transits' containers (<see cref="GateEvents"/>), POST /api/v1/events.</summary>
    Events,
}
