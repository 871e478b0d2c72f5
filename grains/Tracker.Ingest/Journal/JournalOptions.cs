namespace Tracker.Ingest.Journal;

/// <summary>The "Journal" configuration section.</summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    /// <summary>
    /// This process's journal. Each process writes its own and replays it when it starts
    /// again, so it must stay the same across restarts and differ between processes.
    /// Default: "silo-{Orleans:SiloPort}".
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// How often grain state is written and the journal behind it retired. Longer means fewer
    /// storage writes and a longer replay after a crash.
    /// </summary>
    public double CheckpointSeconds { get; set; } = 30;

    /// <summary>The most one group commit writes at once (an Azure append block takes 4 MiB).</summary>
    public int MaxBlockBytes { get; set; } = 1 << 20;
}
