using Tracker.Bench.Load;
using static Tracker.Bench.CommandLine;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// The scale-out scenario's settings, as the load scenario's record (so that its report is written the
/// same way): no live clients and no durable hosts, a smaller fleet than load's, the same senders and callers.
/// </summary>
public static class ScaleOutOptions
{
    public static LoadOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var outPath = Option(args, "--out") ?? Path.Combine(Repository.Root, quick ? "artifacts/bench/scale-out-quick.json" : "bench/results/scale-out.json");
        return new LoadOptions(
            quick,
            Url: null,
            Transits: IntOption(args, "--transits", quick ? 500 : 5_000),
            DurableTransits: 0,
            Seconds: IntOption(args, "--seconds", quick ? 5 : 20),
            WarmupSeconds: IntOption(args, "--warmup", quick ? 2 : 5),
            Clients: 0,
            Senders: IntOption(args, "--senders", 8),
            Declarers: IntOption(args, "--declarers", 8),
            Out: Path.GetFullPath(outPath));
    }
}
