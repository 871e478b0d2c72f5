namespace Tracker.Grains.Live;

/// <summary>The "Live" configuration section: how the live index keeps and forgets what the map shows.</summary>
public sealed class LiveIndexOptions
{
    public const string Section = "Live";

    /// <summary>How often the index writes its latest items, so that a restart starts from them rather than from nothing.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the objects of a closed transit stay in snapshots after it closes.</summary>
    public TimeSpan ClosedRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an object that stopped reporting stays in snapshots.</summary>
    public TimeSpan SilentRetention { get; set; } = TimeSpan.FromHours(24);
}
