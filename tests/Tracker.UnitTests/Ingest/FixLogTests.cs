using System.Text.Json;
using Tracker.Grains.Tracks;

namespace Tracker.UnitTests.Ingest;

/// <summary>A device's log of seen reports, as grain storage writes and reads it (JSON).</summary>
public sealed class FixLogTests
{
    private static List<long> Accept(FixLog log, params long[] seqs) => log.AcceptNew(seqs, s => s);

    [Fact]
    public void A_device_numbering_from_1_is_stored_as_one_run_and_read_back_with_its_duplicates_known()
    {
        var log = new FixLog();
        for (var seq = 1L; seq <= 500; seq += 5)
        {
            Accept(log, seq, seq + 1, seq + 2, seq + 3, seq + 4);
        }

        var json = JsonSerializer.Serialize(log);
        var read = JsonSerializer.Deserialize<FixLog>(json)!;

        Assert.Equal([[1L, 500L]], read.AboveRuns);
        Assert.True(json.Length < 200, json);
        Assert.Empty(Accept(read, 1, 250, 500));
        Assert.Equal([501L, 0L], Accept(read, 501, 0));
        Assert.Equal(501, read.Watermark);
        Assert.Equal(502, read.Reports);
    }

    [Fact]
    public void A_log_written_before_runs_is_read_from_its_list_of_seqs()
    {
        var read = JsonSerializer.Deserialize<FixLog>("""{"Watermark":5,"Above":[7,8,10],"Reports":9}""")!;

        Assert.Empty(Accept(read, 4, 7, 8));
        Assert.Equal([6L], Accept(read, 6));
        Assert.Equal(8, read.Watermark);
        Assert.Equal([[10L, 10L]], read.AboveRuns);
        Assert.DoesNotContain("\"Above\":[", JsonSerializer.Serialize(read), StringComparison.Ordinal);
    }
}
