using System.Diagnostics;
using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// Issue 11 item 5: the same load on a cluster of one silo process and then on a fresh cluster of two,
/// both with Redis membership, each two-silo figure beside the one-silo figure as its baseline and the
/// ratio two over one.
/// </summary>
public static class ScaleOutBenchmark
{
    private const string Baseline = "1 silo";

    /// <summary>dotnet run --project bench/Tracker.Bench -c Release -- scale-out [--quick] [--transits N] [--seconds S] [--out PATH]</summary>
    public static async Task<int> Run(string[] args)
    {
        var options = ScaleOutOptions.Parse(args);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"scale-out: {(options.Quick ? "quick" : "full")} run, {options.Transits:N0} transits, {options.Seconds} s windows, {options.Senders} senders, 1 silo then 2 silos");

        var tag = MemoryRun.Tag();
        var one = await ClusterRun.Run(options, 1, tag);
        var two = await ClusterRun.Run(options, 2, tag);

        var notes = new List<string>
        {
            $"Each cluster: a fresh redis-server (membership, Cluster:Redis) and Release silo processes on loopback ports with Storage:Provider=Memory; the fleet split in {two.Silos} parts, each declared and reported through its own silo's HTTP endpoint and ingest journal, {options.Declarers} declaring callers and {options.Senders} senders in all, split evenly.",
            $"Lock grain activations per silo at the end: 1 silo {string.Join(" / ", one.LockActivations)}; 2 silos {string.Join(" / ", two.LockActivations)} (random placement).",
            $"This machine has {Environment.ProcessorCount} cores for both silos, Redis and the generator: the ratio shows what a second silo costs in cross-silo grain calls and fixed per-silo work, not what it adds in capacity on a machine of its own.",
            $"The run took {clock.Elapsed.TotalSeconds:0} s.",
        };

        var report = new LoadReport(DateTimeOffset.UtcNow, Machine.Commit(), Machine.Now(), options, notes, Figures(one, two));
        await report.Write(options.Out);
        Console.WriteLine();
        Console.WriteLine(report.Table());
        notes.ForEach(n => Console.WriteLine($"- {n}"));
        Console.WriteLine($"written to {options.Out}");
        return 0;
    }

    private static List<Figure> Figures(ClusterResult one, ClusterResult two) =>
    [
        Compared("scale_declarations", two.Declared, one.Declared, "/s", $"{two.Silos} silos; {two.FailedDeclarations} failed (1 silo: {one.FailedDeclarations})"),
        Compared("scale_ingest_cold", two.Cold.PerSecond, one.Cold.PerSecond, "fixes/s", $"first pass, each fix its device's first; p99 {two.Cold.P99:0} ms (1 silo {one.Cold.P99:0} ms)"),
        Compared("scale_ingest_cold_p99", two.Cold.P99, one.Cold.P99, "ms", "p99 of a batch call in the cold pass"),
        Compared("scale_ingest_steady", two.Steady.PerSecond, one.Steady.PerSecond, "fixes/s", $"{two.Steady.Accepted:N0} fixes in {two.Steady.Elapsed.TotalSeconds:0.0} s, {Split(two)} by silo, {two.Steady.Failed} failed calls; load average {two.LoadAverage:0.0} (1 silo {one.LoadAverage:0.0}); p50 {two.Steady.P50:0} ms (1 silo {one.Steady.P50:0} ms)"),
        Compared("scale_ingest_steady_p99", two.Steady.P99, one.Steady.P99, "ms", "p99 of a batch call in the steady window"),
    ];

    private static string Split(ClusterResult result) => string.Join(" + ", result.SteadyPerSilo.Select(a => a.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));

    private static Figure Compared(string name, double two, double one, string unit, string detail) =>
        new(name, two, unit, detail, Baseline, one, one > 0 ? two / one : null);
}
