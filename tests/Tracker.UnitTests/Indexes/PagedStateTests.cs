using Tracker.Grains.Indexes;

namespace Tracker.UnitTests.Indexes;

public sealed class PagedStateTests
{
    private static readonly GrainId Shard = GrainId.Create("directory", "7");

    [Fact]
    public async Task No_write_holds_more_than_a_page_however_many_entries_the_shard_has()
    {
        var storage = new RecordingStorage();
        var state = new PagedState<string>(storage, "directory", Shard);
        for (var i = 0; i < 2_000; i++)
        {
            state.State.Set($"c-{i}", $"v{i}");
            if (i % 100 == 99)
            {
                await state.WriteStateAsync();
            }
        }

        var pages = storage.Writes.Where(w => w.Record.StartsWith("directory-page/", StringComparison.Ordinal)).ToList();
        Assert.All(pages, w => Assert.InRange(w.State.GetProperty("Items").EnumerateObject().Count(), 1, PagedDictionary<string>.PageSize));
        Assert.Equal(8, state.State.PageCount);

        // A change to one entry writes its page alone.
        storage.Writes.Clear();
        state.State.Set("c-3", "changed");
        await state.WriteStateAsync();
        var write = Assert.Single(storage.Writes);
        Assert.StartsWith("directory-page/", write.Record, StringComparison.Ordinal);
        Assert.Equal("changed", write.State.GetProperty("Items").GetProperty("c-3").GetString());
    }

    [Fact]
    public async Task What_was_written_reads_back_whole_in_a_new_activation()
    {
        var storage = new RecordingStorage();
        var state = new PagedState<string>(storage, "directory", Shard);
        for (var i = 0; i < 600; i++)
        {
            state.State.Set($"c-{i}", $"v{i}");
        }

        await state.WriteStateAsync();
        state.State.Remove("c-10");
        state.State.Set("c-20", "changed");
        await state.WriteStateAsync();

        var again = new PagedState<string>(storage, "directory", Shard);
        await again.ReadStateAsync();

        Assert.Equal(599, again.State.Count);
        Assert.False(again.State.TryGetValue("c-10", out _));
        Assert.True(again.State.TryGetValue("c-20", out var changed));
        Assert.Equal("changed", changed);
        Assert.True(again.State.TryGetValue("c-599", out var last));
        Assert.Equal("v599", last);

        // Another shard's records are its own.
        var other = new PagedState<string>(storage, "directory", GrainId.Create("directory", "8"));
        await other.ReadStateAsync();
        Assert.Empty(other.State);
    }

    [Fact]
    public async Task Pages_whose_write_failed_are_written_with_the_next_one()
    {
        var storage = new RecordingStorage();
        var state = new PagedState<string>(storage, "directory", Shard);
        state.State.Set("c-1", "v1");
        storage.FailNextWrite = true;
        await Assert.ThrowsAsync<IOException>(state.WriteStateAsync);

        state.State.Set("c-2", "v2");
        await state.WriteStateAsync();

        var again = new PagedState<string>(storage, "directory", Shard);
        await again.ReadStateAsync();
        Assert.Equal(2, again.State.Count);
    }

    [Fact]
    public async Task A_shard_stored_as_one_record_moves_to_pages_and_the_record_goes()
    {
        var storage = new RecordingStorage();
        var whole = new StoredRecord<Dictionary<string, string>>(new Dictionary<string, string> { ["c-1"] = "old", ["c-2"] = "v2" });
        var state = new PagedState<string>(storage, "directory", Shard);
        await state.ReadStateAsync();

        // c-1 already in the pages: a move cut short after its pages were written keeps the newer.
        state.State.Set("c-1", "newer");
        await WholeRecord.MoveToPages(whole, whole.State, state.State, state.WriteStateAsync);

        Assert.False(whole.RecordExists);
        var again = new PagedState<string>(storage, "directory", Shard);
        await again.ReadStateAsync();
        Assert.True(again.State.TryGetValue("c-1", out var first));
        Assert.Equal("newer", first);
        Assert.True(again.State.TryGetValue("c-2", out _));

        // Nothing left to move: nothing written.
        storage.Writes.Clear();
        await WholeRecord.MoveToPages(whole, whole.State, again.State, again.WriteStateAsync);
        Assert.Empty(storage.Writes);
    }

    private sealed class StoredRecord<T>(T state) : IPersistentState<T>
    {
        public T State { get; set; } = state;

        public string? Etag => null;

        public bool RecordExists { get; private set; } = true;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync() => Task.CompletedTask;

        public Task ClearStateAsync()
        {
            RecordExists = false;
            return Task.CompletedTask;
        }
    }
}
