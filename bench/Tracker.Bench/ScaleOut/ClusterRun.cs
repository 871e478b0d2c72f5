using System.Diagnostics;
using Tracker.Bench.Browser;
using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// MemoryRun's declarations, cold pass, warm-up and steady window on a cluster of one or more silos: the
/// fleet split in equal parts, part k declared through silo k and reported through silo k (each silo has
/// its own ingest journal, as a gateway talks to the silo behind its own address), the same total of
/// declaring callers and senders split between them, the parts driven at once and their results summed.
/// </summary>
public static class ClusterRun
{
    public static async Task<ClusterResult> Run(LoadOptions options, int silos, string tag)
    {
        await using var cluster = await ScaleCluster.Start(silos);
        try
        {
            return await Drive(options, cluster, silos, tag);
        }
        catch
        {
            Console.Error.WriteLine(cluster.Logs);
            throw;
        }
    }

    private static async Task<ClusterResult> Drive(LoadOptions options, ScaleCluster cluster, int silos, string tag)
    {
        // The same fleet (ids and corridors) on both clusters: each is a fresh cluster on a fresh Redis.
        var transits = Fleet.Create(options.Transits, tag, new Random(1));
        var parts = Enumerable.Range(0, silos).Select(k => transits.Where((_, i) => i % silos == k).ToArray()).ToArray();
        RunLog.Say($"{silos} silo(s): declaring {transits.Length:N0} transits, {options.Declarers} callers in all");
        var clock = Stopwatch.StartNew();
        var declarations = await Task.WhenAll(parts.Select((part, k) => Declarations.Declare(cluster.Apis[k], part, Share(options.Declarers, silos))));
        clock.Stop();
        var failed = declarations.Sum(d => d.Failed);
        var declared = (transits.Length - failed) / clock.Elapsed.TotalSeconds;
        RunLog.Say($"{silos} silo(s): declarations {declared:N0}/s ({failed} failed)");

        var drivers = parts.Select((part, k) => new FixDriver(cluster.Apis[k], new Traffic(part), Share(options.Senders, silos))).ToArray();
        var cold = Sum(await Task.WhenAll(drivers.Select(d => d.OnePass(Target.Ingest))));
        RunLog.Say($"{silos} silo(s): cold pass: {cold}");
        var warmup = Sum(await Task.WhenAll(drivers.Select(d => d.FlatOut(Target.Ingest, TimeSpan.FromSeconds(options.WarmupSeconds)))));
        RunLog.Say($"{silos} silo(s): warm-up: {warmup}");
        var steadyParts = await Task.WhenAll(drivers.Select(d => d.FlatOut(Target.Ingest, TimeSpan.FromSeconds(options.Seconds))));
        var load = LoadAverage.Now();
        var steady = Sum(steadyParts);
        RunLog.Say($"{silos} silo(s): steady: {steady}");

        var locks = await cluster.LockActivations();
        RunLog.Say($"{silos} silo(s): lock activations per silo {string.Join(" / ", locks)}");
        return new ClusterResult(silos, declared, failed, cold, steady, [.. steadyParts.Select(p => p.Accepted)], locks, load);
    }

    /// <summary>Windows driven at once: what all accepted, by kind, over the longest of them, every call's latency.</summary>
    private static DriveResult Sum(DriveResult[] results) => new(
        results.SelectMany(r => r.ByKind).GroupBy(k => k.Key).ToDictionary(
            g => g.Key,
            g => new KindResult(g.Sum(k => k.Value.Accepted), g.Sum(k => k.Value.Duplicates), g.Sum(k => k.Value.Calls), [.. g.SelectMany(k => k.Value.LatenciesMs)])),
        results.Sum(r => r.Failed),
        results.Max(r => r.Elapsed));

    /// <summary>An equal share of the callers for each silo, at least one.</summary>
    private static int Share(int total, int silos) => Math.Max(1, total / silos);
}
