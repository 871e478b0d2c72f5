using Tracker.Silo.Tracks;

namespace Tracker.StorageTests.Tracks;

/// <summary>
/// Tracks as files. What fsync does cannot be seen without cutting the power, so the sync tests
/// put a recorder in place of fsync and check that each append asks for it after its records
/// were written and before it returns: the journal behind those points is deleted after that.
/// </summary>
public sealed class FileTrackStoreTests : IDisposable
{
    private const string TrackId = "lock/SL-1/C-1";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"tracker-file-tracks-{Guid.NewGuid():N}");
    private readonly SyncRecorder _syncs = new();

    public FileTrackStoreTests() => Directory.CreateDirectory(_root);

    private string TrackFile => Assert.Single(Directory.GetFiles(Path.Combine(_root, "tracks"), "*.trk", SearchOption.AllDirectories));

    [Fact]
    public async Task Each_append_syncs_its_file_after_its_records_are_written()
    {
        var store = new FileTrackStore(_root, _syncs);

        await store.Append(TrackId, TrackPoints.Range(0, 2));
        await store.Append(TrackId, TrackPoints.Range(2, 3));

        Assert.Equal([$"file {TrackFile} holding 2 records", $"file {TrackFile} holding 5 records"], _syncs.Files);
    }

    [Fact]
    public async Task A_new_track_file_syncs_the_directories_that_name_it_and_later_appends_do_not()
    {
        var store = new FileTrackStore(_root, _syncs);

        await store.Append(TrackId, TrackPoints.Range(0, 1));
        var shard = Path.GetDirectoryName(TrackFile)!;
        var tracks = Path.Combine(_root, "tracks");

        // The file's data first, then its name in its new folder, then each new folder's name in its parent.
        Assert.Equal([$"file {TrackFile} holding 1 records", $"dir {shard}", $"dir {tracks}", $"dir {_root}"], _syncs.All);

        _syncs.All.Clear();
        await store.Append(TrackId, TrackPoints.Range(1, 1));
        Assert.Equal([$"file {TrackFile} holding 2 records"], _syncs.All);
    }

    [Fact]
    public async Task Appends_with_the_real_disk_sync_read_back_in_order()
    {
        var store = new FileTrackStore(_root);

        await store.Append(TrackId, TrackPoints.Range(0, 2));
        await store.Append(TrackId, TrackPoints.Range(2, 2));
        await store.Append("vehicle/V1", TrackPoints.Range(10, 1));

        Assert.Equal(TrackPoints.Seqs(0, 4), TrackPoints.Seqs(await new FileTrackStore(_root).Read(TrackId, null, null)));
        Assert.Equal(10, Assert.Single(await new FileTrackStore(_root).Read("vehicle/V1", null, null)).Seq);
    }

    [Fact]
    public async Task A_record_torn_by_a_crash_is_cut_off_by_the_next_append()
    {
        var store = new FileTrackStore(_root);
        await store.Append(TrackId, TrackPoints.Range(0, 2));
        await File.AppendAllTextAsync(TrackFile, "torn");

        Assert.Equal(TrackPoints.Seqs(0, 2), TrackPoints.Seqs(await store.Read(TrackId, null, null)));

        await store.Append(TrackId, TrackPoints.Range(2, 1));
        Assert.Equal(TrackPoints.Seqs(0, 3), TrackPoints.Seqs(await store.Read(TrackId, null, null)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Records each sync with what the file held on the operating system's side at that moment.</summary>
    private sealed class SyncRecorder : IDiskSync
    {
        public List<string> All { get; } = [];

        public IEnumerable<string> Files => All.Where(s => s.StartsWith("file ", StringComparison.Ordinal));

        public void File(FileStream file)
        {
            // Read through a handle of its own: bytes still in the FileStream's buffer are not counted.
            using var reader = new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            All.Add($"file {file.Name} holding {reader.Length / TrackRecords.RecordSize} records");
        }

        public void Directory(string path) => All.Add($"dir {path}");
    }
}
