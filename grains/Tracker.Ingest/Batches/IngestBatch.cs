using Tracker.Grains.Events;
using Tracker.Grains.Locks;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Ingest.Batches;

/// <summary>
/// The accepted items of one ingest call, as the journal keeps them: one record per call, so
/// that after a crash a call is replayed whole or not at all.
/// </summary>
public sealed record IngestBatch(
    IReadOnlyList<LockFixItem>? LockFixes = null,
    IReadOnlyList<VehicleFixItem>? VehicleFixes = null,
    IReadOnlyList<AisReport>? Ais = null,
    IReadOnlyList<TrackerEvent>? Events = null)
{
    public bool IsEmpty => (LockFixes?.Count ?? 0) + (VehicleFixes?.Count ?? 0) + (Ais?.Count ?? 0) + (Events?.Count ?? 0) == 0;
}

public sealed record LockFixItem(string LockId, LockFix Fix);

public sealed record VehicleFixItem(string VehicleId, VehicleFix Fix);
