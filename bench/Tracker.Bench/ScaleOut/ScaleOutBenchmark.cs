using System.Diagnostics;
using System.Globalization;
using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// Issue 11 item 5: the same load on a cluster of one silo process and on a fresh cluster of two, both
/// with Redis membership, each two-silo figure beside the one-silo figure as its baseline and the ratio
/// two over one. The machine is shared, and other work can double or halve its load between the two
/// clusters, so a full run takes rounds in turn (1 then 2, then 2 then 1) and reports their medians.
/// </summary>
public static class ScaleOutBenchmark
{
    private const string Baseline = "1 silo";

    /// <summary>dotnet run --project bench/Tracker.Bench -c Release -- scale-out [--quick] [--transits N] [--seconds S] [--rounds R] [--out PATH]</summary>
    public static async Task<int> Run(string[] args)
    {
        var options = ScaleOutOptions.Parse(args);
        var rounds = CommandLine.IntOption(args, "--rounds", options.Quick ? 1 : 2);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"scale-out: {(options.Quick ? "quick" : "full")} run, {options.Transits:N0} transits, {options.Seconds} s windows, {options.Senders} senders, {rounds} round(s) of 1 silo and 2 silos");

        var tag = MemoryRun.Tag();
        var pairs = new List<(ClusterResult One, ClusterResult Two)>();
        for (var round = 0; round < rounds; round++)
        {
            // Every other round starts with two silos, so that a machine getting busier or calmer over the run favours neither.
            if (round % 2 == 0)
            {
                var one = await ClusterRun.Run(options, 1, tag);
                pairs.Add((one, await ClusterRun.Run(options, 2, tag)));
            }
            else
            {
                var two = await ClusterRun.Run(options, 2, tag);
                pairs.Add((await ClusterRun.Run(options, 1, tag), two));
            }
        }

        var notes = new List<string>
        {
            $"Each cluster: a fresh redis-server (membership, Cluster:Redis) and Release silo processes on loopback ports with Storage:Provider=Memory; with 2 silos the fleet is split in 2 parts, each declared and reported through its own silo's HTTP endpoint and ingest journal; {options.Declarers} declaring callers and {options.Senders} senders in all, split evenly.",
            $"{rounds} round(s), in the order {string.Join(", ", pairs.Select((_, r) => r % 2 == 0 ? "1 then 2" : "2 then 1"))}; each figure is the median over the rounds, its ratio the median's, and the detail gives every round's ratio.",
            $"Load average (1 min) as each steady window ended, 1 silo / 2 silos: {string.Join("; ", pairs.Select(p => Invariant($"{p.One.LoadAverage:0.0} / {p.Two.LoadAverage:0.0}")))}.",
            $"Lock grain activations per silo at the end of each 2-silo run: {string.Join("; ", pairs.Select(p => string.Join(" / ", p.Two.LockActivations)))} (random placement).",
            $"This machine has {Environment.ProcessorCount} cores for both silos, Redis and the generator: the ratio shows what a second silo costs in cross-silo grain calls and fixed per-silo work, not what it adds in capacity on a machine of its own.",
            $"The run took {clock.Elapsed.TotalSeconds:0} s.",
        };

        var report = new LoadReport(DateTimeOffset.UtcNow, Machine.Commit(), Machine.Now(), options, notes, Figures(pairs));
        await report.Publish(options.Out);
        return 0;
    }

    private static List<Figure> Figures(List<(ClusterResult One, ClusterResult Two)> pairs) =>
    [
        Compared(pairs, "scale_declarations", r => r.Declared, "/s", $"{pairs.Sum(p => p.One.FailedDeclarations + p.Two.FailedDeclarations)} failed"),
        Compared(pairs, "scale_ingest_cold", r => r.Cold.PerSecond, "fixes/s", "first pass, each fix its device's first"),
        Compared(pairs, "scale_ingest_cold_p99", r => r.Cold.P99, "ms", "p99 of a batch call in the cold pass"),
        Compared(pairs, "scale_ingest_steady", r => r.Steady.PerSecond, "fixes/s", $"by silo, 2 silos: {string.Join("; ", pairs.Select(p => Split(p.Two)))}; {pairs.Sum(p => p.One.Steady.Failed + p.Two.Steady.Failed)} failed calls"),
        Compared(pairs, "scale_ingest_steady_p99", r => r.Steady.P99, "ms", "p99 of a batch call in the steady window"),
    ];

    private static Figure Compared(List<(ClusterResult One, ClusterResult Two)> pairs, string name, Func<ClusterResult, double> figure, string unit, string detail)
    {
        var two = Median(pairs.Select(p => figure(p.Two)));
        var one = Median(pairs.Select(p => figure(p.One)));
        var rounds = pairs.Select(p => figure(p.One) > 0 ? (figure(p.Two) / figure(p.One)).ToString("0.00", CultureInfo.InvariantCulture) : "-");
        return new(name, two, unit, $"{detail}; ratio by round {string.Join(", ", rounds)}", Baseline, one, one > 0 ? two / one : null);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Split(ClusterResult result) => string.Join(" + ", result.SteadyPerSilo.Select(a => a.ToString("N0", CultureInfo.InvariantCulture)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
