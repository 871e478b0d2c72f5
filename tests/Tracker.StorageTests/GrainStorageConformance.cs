using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Tracker.StorageTests;

/// <summary>
/// What every Tracker grain store must do, whatever it stores into. A "location" is where one store
/// instance keeps its records: a root folder for files, a container for blobs. Each test takes a fresh one.
/// </summary>
public abstract class GrainStorageConformance
{
    protected const string StorageName = "tracker";
    protected const string StateName = "parcel";

    /// <summary>The silo's choice: stored JSON names no .NET types.</summary>
    protected static readonly IGrainStorageSerializer Serializer =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    /// <summary>A new store instance over <paramref name="location"/>, as a silo would get after a restart; not started.</summary>
    protected abstract IGrainStorage CreateStorage(string location);

    protected abstract Task<bool> LocationExistsAsync(string location);

    /// <summary>A location name no test used before; valid as a folder and as a blob container name.</summary>
    protected static string NewLocation() => $"t{Guid.NewGuid():N}"[..24];

    /// <summary>Any key must be safe: slashes, spaces, percent signs and non-ASCII letters included.</summary>
    protected static GrainId NewGrainId() => GrainId.Create("parcel", $"tenant a/{Guid.NewGuid():N}/ü?#%2F");

    /// <summary>
    /// A store whose location does not exist (yet, or any more). Here: a new instance, not started. A store
    /// that cannot be used before it is started overrides this to start it and then remove its location.
    /// </summary>
    protected virtual Task<IGrainStorage> StorageOverMissingLocationAsync(string location) => Task.FromResult(CreateStorage(location));

    protected async Task<IGrainStorage> StartedStorageAsync(string? location = null)
    {
        var storage = CreateStorage(location ?? NewLocation());
        if (storage is ILifecycleParticipant<ISiloLifecycle> participant)
        {
            var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
            participant.Participate(lifecycle);
            await lifecycle.OnStart(CancellationToken.None);
        }

        return storage;
    }

    private static TestGrainState<Parcel> Fresh() => new(new Parcel());

    private static Parcel Parcel(string name, int count = 1) => new() { Name = name, Count = count, Labels = ["fragile", name] };

    private static async Task<TestGrainState<T>> ReadAsync<T>(IGrainStorage storage, GrainId id, string stateName = StateName)
        where T : new()
    {
        var state = new TestGrainState<T>(new T());
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }

    private static async Task<TestGrainState<Parcel>> WrittenAsync(IGrainStorage storage, GrainId id, Parcel parcel)
    {
        var state = Fresh();
        state.State = parcel;
        await storage.WriteStateAsync(StateName, id, state);
        return state;
    }

    [Fact]
    public async Task Written_state_reads_back_with_the_ETag_of_the_write()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();

        var written = await WrittenAsync(storage, id, Parcel("first", 3));
        var read = await ReadAsync<Parcel>(storage, id);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("first", read.State.Name);
        Assert.Equal(3, read.State.Count);
        Assert.Equal(["fragile", "first"], read.State.Labels);
    }

    [Fact]
    public async Task A_grain_never_written_reads_as_default_state_with_no_record_and_no_ETag()
    {
        var storage = await StartedStorageAsync();

        var read = new TestGrainState<Parcel>(Parcel("left over from before"));
        await storage.ReadStateAsync(StateName, NewGrainId(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
        Assert.Equal("", read.State.Name);
    }

    [Fact]
    public async Task Each_write_moves_the_ETag_and_a_write_with_a_stale_ETag_is_refused()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var first = await WrittenAsync(storage, id, Parcel("one"));
        var staleETag = first.ETag;

        first.State = Parcel("two");
        await storage.WriteStateAsync(StateName, id, first);
        Assert.NotEqual(staleETag, first.ETag);

        var stale = new TestGrainState<Parcel>(Parcel("three"), staleETag) { RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, stale));
        Assert.Equal("two", (await ReadAsync<Parcel>(storage, id)).State.Name);
    }

    [Fact]
    public async Task A_second_first_write_of_the_same_grain_is_refused()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        await WrittenAsync(storage, id, Parcel("first"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => WrittenAsync(storage, id, Parcel("second")));
        Assert.Equal("first", (await ReadAsync<Parcel>(storage, id)).State.Name);
    }

    [Fact]
    public async Task Cleared_state_reads_as_no_record_and_can_be_written_afresh()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var state = await WrittenAsync(storage, id, Parcel("doomed"));

        await storage.ClearStateAsync(StateName, id, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = await ReadAsync<Parcel>(storage, id);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal("", read.State.Name);

        await WrittenAsync(storage, id, Parcel("reborn"));
        Assert.Equal("reborn", (await ReadAsync<Parcel>(storage, id)).State.Name);
    }

    [Fact]
    public async Task Clearing_with_a_stale_ETag_is_refused_and_keeps_the_record()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var first = await WrittenAsync(storage, id, Parcel("one"));
        var stale = new TestGrainState<Parcel>(first.State, first.ETag) { RecordExists = true };
        await storage.WriteStateAsync(StateName, id, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, id, stale));
        Assert.True((await ReadAsync<Parcel>(storage, id)).RecordExists);
    }

    [Fact]
    public async Task Clearing_a_grain_never_written_is_fine()
    {
        var storage = await StartedStorageAsync();
        var state = Fresh();

        await storage.ClearStateAsync(StateName, NewGrainId(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Starting_creates_a_missing_container()
    {
        var location = NewLocation();
        Assert.False(await LocationExistsAsync(location));

        await StartedStorageAsync(location);

        Assert.True(await LocationExistsAsync(location));
    }

    [Fact]
    public async Task A_missing_container_is_created_by_the_first_write()
    {
        var location = NewLocation();
        var storage = await StorageOverMissingLocationAsync(location);
        Assert.False(await LocationExistsAsync(location));
        var id = NewGrainId();

        await WrittenAsync(storage, id, Parcel("unstarted"));

        Assert.True(await LocationExistsAsync(location));
        Assert.Equal("unstarted", (await ReadAsync<Parcel>(storage, id)).State.Name);
    }

    [Fact]
    public async Task A_large_state_round_trips()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var payload = string.Create(1024 * 1024, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i * 7 % 26));
            }
        });

        var written = await WrittenAsync(storage, id, new Parcel { Name = "big", Payload = payload });
        var read = await ReadAsync<Parcel>(storage, id);

        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(payload, read.State.Payload);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_concurrent_writers_starting_from_the_same_ETag_exactly_one_succeeds(bool firstWrite)
    {
        // Races are found by trying often: each round is a fresh grain with its own crowd of writers.
        const int Rounds = 200;
        const int Writers = 8;
        var storage = await StartedStorageAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var id = NewGrainId();
            var startETag = firstWrite ? null : (await WrittenAsync(storage, id, Parcel("start"))).ETag;
            using var go = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
            {
                var state = new TestGrainState<Parcel>(Parcel($"writer {i}"), startETag) { RecordExists = !firstWrite };
                go.Wait();
                try
                {
                    await storage.WriteStateAsync(StateName, id, state);
                    return state;
                }
                catch (InconsistentStateException)
                {
                    return null;
                }
            })).ToArray();
            go.Set();
            var winners = (await Task.WhenAll(attempts)).OfType<TestGrainState<Parcel>>().ToList();

            var winner = Assert.Single(winners);
            var read = await ReadAsync<Parcel>(storage, id);
            Assert.Equal(winner.State.Name, read.State.Name);
            Assert.Equal(winner.ETag, read.ETag);
        }
    }

    [Fact]
    public async Task A_new_store_instance_over_the_same_location_reads_what_the_old_one_wrote()
    {
        var location = NewLocation();
        var id = NewGrainId();
        var before = await StartedStorageAsync(location);
        var written = await WrittenAsync(before, id, Parcel("survivor", 7));

        var after = await StartedStorageAsync(location);
        var read = await ReadAsync<Parcel>(after, id);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("survivor", read.State.Name);
        Assert.Equal(7, read.State.Count);

        // The ETag carries over too: the new instance writes on, the old instance's copy is now stale.
        read.State.Count = 8;
        await after.WriteStateAsync(StateName, id, read);
        await Assert.ThrowsAsync<InconsistentStateException>(() => before.WriteStateAsync(StateName, id, written));
    }

    [Fact]
    public async Task State_written_as_one_type_reads_as_a_renamed_type_with_the_same_properties()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var written = await WrittenAsync(storage, id, Parcel("renamed", 5));

        var read = await ReadAsync<Consignment>(storage, id);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("renamed", read.State.Name);
        Assert.Equal(5, read.State.Count);
        Assert.Equal(["fragile", "renamed"], read.State.Labels);
    }

    [Fact]
    public async Task State_names_and_grain_ids_keep_records_apart()
    {
        var storage = await StartedStorageAsync();
        var id = NewGrainId();
        var other = NewGrainId();
        await WrittenAsync(storage, id, Parcel("parcel state"));

        var otherState = new TestGrainState<Parcel>(Parcel("other state"));
        await storage.WriteStateAsync("other", id, otherState);

        Assert.Equal("parcel state", (await ReadAsync<Parcel>(storage, id)).State.Name);
        Assert.Equal("other state", (await ReadAsync<Parcel>(storage, id, "other")).State.Name);
        Assert.False((await ReadAsync<Parcel>(storage, other)).RecordExists);
    }
}
