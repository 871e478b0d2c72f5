using System.Diagnostics;

namespace Tracker.Bench.Load;

/// <summary>
/// The load scenario (issue 11): the real host under declarations, lock and truck fixes along the
/// declared corridors and live clients, every figure beside a baseline measured in the same run.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>dotnet run --project bench/Tracker.Bench -c Release -- load [--quick] [--url URL] [--transits N] [--seconds S] [--clients N] [--out PATH]</summary>
    public static async Task<int> Run(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        Console.WriteLine($"load: {(options.Quick ? "quick" : "full")} run, {options.Transits:N0} transits, {options.Seconds} s windows, {options.Clients} live clients, {(options.Url is null ? "own host processes" : options.Url.ToString())}");

        var figures = new List<Figure>();
        DriveResult memorySteady;
        await using (var host = options.Url is { } url ? await LoadHost.Existing(url) : await LoadHost.Start("memory"))
        {
            RunLog.Say($"memory store host at {host.Address}");
            try
            {
                (var memory, memorySteady) = await MemoryRun.Run(options, host, notes);
                figures.AddRange(memory);
            }
            catch
            {
                Console.Error.WriteLine(host.Log);
                throw;
            }
        }

        if (options.Url is null)
        {
            RunLog.Say("durable stores");
            figures.AddRange(await DurableRun.Run(options, memorySteady, notes));
        }
        else
        {
            notes.Add("With --url the durable figures were not measured: the bench cannot change that host's store.");
        }

        notes.Add($"The run took {clock.Elapsed.TotalSeconds:0} s.");
        var report = new LoadReport(DateTimeOffset.UtcNow, Machine.Commit(), Machine.Now(), options, notes, figures);
        await report.Publish(options.Out);
        return 0;
    }
}
