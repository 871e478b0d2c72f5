namespace Tracker.Grains.Checkpoints;

/// <summary>
/// A grain that keeps ingest changes in memory (they are durable in the ingest journal) and
/// writes them to grain storage when the silo checkpoints, not on every report.
/// </summary>
[Alias("tracker.ICheckpointable")]
public interface ICheckpointable : IGrain
{
    /// <summary>Writes whatever changed since the last write; nothing if nothing changed.</summary>
    [Alias("flush")]
    Task Flush();
}
