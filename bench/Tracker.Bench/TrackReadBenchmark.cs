using System.Diagnostics;
using Azure.Storage.Blobs;
using Tracker.Grains.Common;
using Tracker.Grains.Tracks;
using Tracker.Silo.Tracks;

namespace Tracker.Bench;

/// <summary>
/// Reads a 10,000-point track through the track store, against a baseline measured in the same
/// run: fetching the same number of bytes from the same store with no decoding. The ratio says
/// what the track format and windowing cost on top of the storage round trip.
/// </summary>
public static class TrackReadBenchmark
{
    private const int Points = 10_000;
    private const int Rounds = 20;

    public static async Task Run(string? azureConnectionString)
    {
        var root = Path.Combine(Path.GetTempPath(), "tracker-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var file = new FileTrackStore(root);
            await Measure("file", file, async () => await File.ReadAllBytesAsync(Directory.EnumerateFiles(Path.Combine(root, "tracks"), "*.trk", SearchOption.AllDirectories).First()));

            if (azureConnectionString is not null)
            {
                var container = new BlobContainerClient(azureConnectionString, "bench");
                await container.CreateIfNotExistsAsync();
                var raw = container.GetBlobClient("raw");
                await raw.UploadAsync(BinaryData.FromBytes(new byte[Points * TrackRecords.RecordSize]), overwrite: true);
                await Measure("azure", new AzureTrackStore(azureConnectionString, "bench"), async () => (await raw.DownloadContentAsync()).Value.Content.ToArray());
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task Measure(string store, ITrackStore tracks, Func<Task<byte[]>> rawRead)
    {
        var trackId = $"lock/bench-{Guid.NewGuid():N}/-";
        var start = DateTimeOffset.UtcNow.AddDays(-1);

        // Written as a checkpointing grain would: a block of points per checkpoint.
        for (var chunk = 0; chunk < Points / 100; chunk++)
        {
            await tracks.Append(trackId, [.. Enumerable.Range(chunk * 100, 100).Select(i => new TrackPoint(i, start.AddSeconds(i * 10), 36 + (i * 1e-5), 120.3, 40, 90))]);
        }

        await tracks.Read(trackId, null, null);
        await rawRead();
        var track = await Time(async () => (await tracks.Read(trackId, null, null)).Length);
        var baseline = await Time(async () => (await rawRead()).Length);
        Console.WriteLine(
            $"track-read {store,-6} {Points} points: median {track.Median:0.0} ms (p95 {track.P95:0.0} ms); " +
            $"raw read of the same bytes {baseline.Median:0.0} ms; ratio {track.Median / baseline.Median:0.00}x; " +
            $"{(track.P95 < 1000 ? "under" : "OVER")} the 1 s target");
    }

    private static async Task<(double Median, double P95)> Time(Func<Task<int>> read)
    {
        var samples = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await read();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        samples.Sort();
        return (samples[Rounds / 2], samples[(int)(Rounds * 0.95) - 1]);
    }
}
