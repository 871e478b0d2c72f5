using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Tracker.Bench.Load;

/// <summary>
/// Baseline (d): the durable stores with nothing of Tracker in between. One writer appends blocks
/// the size of a 500-fix batch (the journal keeps a batch as one record of about its JSON size)
/// and waits for each to be durable: fsync for a file, the service's answer for an append blob.
/// Reported as blocks/s and as the fixes/s those blocks would hold.
/// </summary>
public static class RawWrites
{
    public static async Task<(double BlocksPerSecond, double MegabytesPerSecond)> File(int blockSize, TimeSpan window)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tracker-raw-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var block = Block(blockSize);
            await using var stream = new FileStream(Path.Combine(folder, "journal.raw"), FileMode.Append, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            var blocks = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < window)
            {
                await stream.WriteAsync(block);
                stream.Flush(flushToDisk: true);
                blocks++;
            }

            return Rates(blocks, blockSize, clock.Elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static async Task<(double BlocksPerSecond, double MegabytesPerSecond)> AppendBlob(string connectionString, int blockSize, TimeSpan window)
    {
        var container = new BlobContainerClient(connectionString, $"raw-{Guid.NewGuid():N}");
        await container.CreateIfNotExistsAsync();
        try
        {
            var blob = container.GetAppendBlobClient("journal.raw");
            await blob.CreateAsync();
            var block = Block(blockSize);
            var blocks = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < window)
            {
                using var content = new MemoryStream(block, writable: false);
                await blob.AppendBlockAsync(content);
                blocks++;
            }

            return Rates(blocks, blockSize, clock.Elapsed);
        }
        finally
        {
            await container.DeleteIfExistsAsync();
        }
    }

    private static byte[] Block(int size)
    {
        var block = new byte[size];
        Random.Shared.NextBytes(block);
        return block;
    }

    private static (double, double) Rates(int blocks, int blockSize, TimeSpan elapsed) =>
        (blocks / elapsed.TotalSeconds, blocks * (double)blockSize / (1024 * 1024) / elapsed.TotalSeconds);
}
