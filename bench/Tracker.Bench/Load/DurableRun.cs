using Tracker.Testing.Processes;

namespace Tracker.Bench.Load;

/// <summary>
/// The steady ingest again where 202 means durable: the file store in a temporary folder, and Azure
/// blobs on an Azurite started for the run; each beside the same store written raw (baseline d) and
/// judged as a ratio to ingest_memory of the same run.
/// </summary>
public static class DurableRun
{
    public static async Task<List<Figure>> Run(LoadOptions options, DriveResult memory, List<string> notes)
    {
        var figures = new List<Figure>();
        var window = TimeSpan.FromSeconds(options.Seconds);
        var rawWindow = TimeSpan.FromSeconds(Math.Min(options.Seconds, 5));
        var blockSize = BlockSize();

        var (fileBlocks, fileMb) = await RawWrites.File(blockSize, rawWindow);
        RunLog.Say($"baseline (d) file: {fileBlocks:N0} blocks/s of {blockSize:N0} bytes appended and fsynced, {fileMb:0.0} MB/s");
        figures.Add(new Figure("baseline_file_fsync (d)", fileBlocks * LoadOptions.BatchSize, "fixes/s", $"one writer: {fileBlocks:N0} blocks/s of {blockSize:N0} bytes (a 500-fix batch), append + fsync each, {fileMb:0.0} MB/s"));
        var file = await Steady("file", null, options, window, figures);
        figures.Add(Durable("ingest_durable_file", file, memory, 0.8, options, "baseline_file_fsync (d)", fileBlocks * LoadOptions.BatchSize));

        var azurite = new AzuriteProcess();
        try
        {
            await azurite.InitializeAsync();
            var (blobBlocks, blobMb) = await RawWrites.AppendBlob(azurite.ConnectionString, blockSize, rawWindow);
            RunLog.Say($"baseline (d) Azurite: {blobBlocks:N0} append-blob blocks/s of {blockSize:N0} bytes, {blobMb:0.0} MB/s");
            figures.Add(new Figure("baseline_azurite_append (d)", blobBlocks * LoadOptions.BatchSize, "fixes/s", $"one writer: {blobBlocks:N0} append-blob blocks/s of {blockSize:N0} bytes, {blobMb:0.0} MB/s"));
            var blob = await Steady("azurite", azurite.ConnectionString, options, window, null);
            figures.Add(Durable("ingest_durable_azurite", blob, memory, 0.6, options, "baseline_azurite_append (d)", blobBlocks * LoadOptions.BatchSize));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            notes.Add($"Azurite could not be started, so ingest_durable_azurite was not measured: {e.Message}");
            Console.Error.WriteLine($"  Azurite: {e.Message}");
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        return figures;
    }

    /// <summary>
    /// A fresh host on the store: declare, one pass to activate every lock, then the steady window. With
    /// <paramref name="hostFigures"/>, also the memory the tracked containers took and a restart after SIGKILL.
    /// </summary>
    private static async Task<DriveResult> Steady(string store, string? connectionString, LoadOptions options, TimeSpan window, List<Figure>? hostFigures)
    {
        await using var host = await LoadHost.Start(store, connectionString);
        using var api = await LoadApi.Connect(host.Address);
        var before = host.WorkingSetBytes();
        var transits = Fleet.Create(options.DurableTransits, MemoryRun.Tag(), new Random(2));
        var (declared, _) = await Declarations.Declare(api, transits, options.Declarers);
        var traffic = new Traffic(transits);
        var driver = new FixDriver(api, traffic, options.Senders);
        var warm = await driver.OnePass(Target.Ingest);
        var after = host.WorkingSetBytes();
        await driver.FlatOut(Target.Ingest, TimeSpan.FromSeconds(options.WarmupSeconds));
        var steady = await driver.FlatOut(Target.Ingest, window);
        RunLog.Say($"{store}: {transits.Length:N0} transits declared at {declared:N0}/s; activating pass {warm.PerSecond:N0} reports/s; steady {steady}");
        if (hostFigures is not null && before is { } b && after is { } a)
        {
            var memory = RestartRun.Memory(b, a, transits.Length * LoadOptions.LocksPerTransit, store);
            RunLog.Say($"{store}: {memory.Detail}");
            hostFigures.Add(memory);
            var restart = await RestartRun.Restart(host, api, traffic, transits.Length);
            RunLog.Say($"{store}: restart {string.Join("; ", restart.Select(f => $"{f.Name} {f.Value:0.0} s"))}");
            hostFigures.AddRange(restart);
        }

        return steady;
    }

    private static Figure Durable(string name, DriveResult steady, DriveResult memory, double minRatio, LoadOptions options, string raw, double rawRate)
    {
        var figure = Figure.AgainstBaseline(
            name, steady.PerSecond, "fixes/s",
            $"{options.DurableTransits:N0} transits, after one activating pass and a warm-up; p50 {steady.P50:0} ms, p99 {steady.P99:0} ms; {steady.PerSecond / rawRate:0.00} of {raw}",
            "ingest_memory", memory.PerSecond, minRatio);

        // A memory run whose calls failed is no yardstick: the ratio is shown, the target not judged.
        return memory.Failed > 0 || steady.Failed > 0
            ? figure with { Met = null, Detail = figure.Detail + $"; not judged: {memory.Failed} memory and {steady.Failed} {name} calls failed" }
            : figure;
    }

    /// <summary>The size of a 500-lock-fix batch as the generator sends it: about the journal's record for it.</summary>
    private static int BlockSize()
    {
        var transits = Fleet.Create(LoadOptions.BatchSize / LoadOptions.LocksPerTransit, "SIZE", new Random(3));
        return new Traffic(transits).Next(Target.Parse).Body.Length;
    }
}
