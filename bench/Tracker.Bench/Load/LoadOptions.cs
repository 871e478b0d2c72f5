using static Tracker.Bench.CommandLine;

namespace Tracker.Bench.Load;

/// <summary>The load scenario's settings: the full run's scale, or --quick's for CI and a first look.</summary>
/// <param name="Transits">Road transits declared on the memory host; 5 locks and one truck each.</param>
/// <param name="DurableTransits">Transits declared on each durable host (file, Azurite).</param>
/// <param name="Seconds">Length of each timed ingest window.</param>
/// <param name="WarmupSeconds">Unmeasured ingest between the cold pass and the steady window: the host's code is jitted to its final tier.</param>
/// <param name="Senders">Concurrent ingest senders.</param>
/// <param name="Declarers">Concurrent declaring callers.</param>
public sealed record LoadOptions(
    bool Quick,
    Uri? Url,
    int Transits,
    int DurableTransits,
    int Seconds,
    int WarmupSeconds,
    int Clients,
    int Senders,
    int Declarers,
    string Out)
{
    public const int LocksPerTransit = 5;
    public const int BatchSize = 500;

    /// <summary>The fix rate of the delta-latency window, as the issue sets it.</summary>
    public const int DeltaRate = 5_000;

    public static LoadOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var transits = IntOption(args, "--transits", quick ? 1_000 : 20_000);
        var outPath = Option(args, "--out") ?? Path.Combine(Repository.Root, quick ? "artifacts/bench/quick.json" : "bench/results/latest.json");
        return new LoadOptions(
            quick,
            Option(args, "--url") is { } url ? new Uri(url) : null,
            transits,
            IntOption(args, "--durable-transits", quick ? Math.Min(transits, 200) : transits),
            IntOption(args, "--seconds", quick ? 5 : 20),
            IntOption(args, "--warmup", quick ? 2 : 5),
            IntOption(args, "--clients", quick ? 50 : 500),
            IntOption(args, "--senders", 8),
            IntOption(args, "--declarers", 8),
            Path.GetFullPath(outPath));
    }
}
