using Orleans.Storage;

namespace Tracker.Grains.Indexes;

/// <summary>
/// Grain state that is a <see cref="PagedDictionary{T}"/>, stored as a manifest and one record per page
/// (state name <c>{name}-page</c>, the grain's key with the page number): a write stores only the
/// pages that changed, so its size does not grow with the shard. The manifest is written before a
/// new page, so a page is never stored where a read would not look for it.
/// Not thread-safe and one write at a time: wrap it in <see cref="GroupCommit{T}"/>.
/// </summary>
public sealed class PagedState<T>(IGrainStorage storage, string name, GrainId grain) : IPersistentState<PagedDictionary<T>>
{
    private readonly GrainState<PageManifest> _manifest = new(new PageManifest());
    private readonly Dictionary<int, GrainState<EntryPage<T>>> _records = [];

    public PagedDictionary<T> State { get; set; } = new();

    public string? Etag => _manifest.ETag;

    public bool RecordExists => _manifest.RecordExists;

    public async Task ReadStateAsync()
    {
        await storage.ReadStateAsync(ManifestName, grain, _manifest);
        var map = new PagedDictionary<T>();
        var pages = await Task.WhenAll(Enumerable.Range(0, _manifest.State?.Pages ?? 0).Select(async page =>
        {
            var record = Record(page);
            await storage.ReadStateAsync(PageName, PageId(page), record);
            return (page, record.State?.Items ?? []);
        }));
        foreach (var (page, items) in pages)
        {
            map.Load(page, items);
        }

        State = map;
    }

    public async Task WriteStateAsync()
    {
        var changed = State.TakeChanged();
        try
        {
            if (State.PageCount > (_manifest.State?.Pages ?? 0))
            {
                var stored = _manifest.State;
                _manifest.State = new PageManifest { Pages = State.PageCount };
                try
                {
                    await storage.WriteStateAsync(ManifestName, grain, _manifest);
                }
                catch
                {
                    // Still what the store holds: the next write tries the new count again.
                    _manifest.State = stored;
                    throw;
                }
            }

            await Task.WhenAll(changed.Select(c =>
            {
                var record = Record(c.Page);
                record.State = new EntryPage<T> { Items = c.Items };
                return storage.WriteStateAsync(PageName, PageId(c.Page), record);
            }));
        }
        catch
        {
            State.Unwritten(changed.Select(c => c.Page));
            throw;
        }
    }

    public async Task ClearStateAsync()
    {
        await Task.WhenAll(Enumerable.Range(0, _manifest.State?.Pages ?? 0).Select(page => storage.ClearStateAsync(PageName, PageId(page), Record(page))));
        await storage.ClearStateAsync(ManifestName, grain, _manifest);
        _records.Clear();
        State = new PagedDictionary<T>();
    }

    private string ManifestName => $"{name}-pages";

    private string PageName => $"{name}-page";

    private GrainId PageId(int page) => GrainId.Create(grain.Type, $"{grain.Key}.{page}");

    private GrainState<EntryPage<T>> Record(int page)
    {
        if (!_records.TryGetValue(page, out var record))
        {
            _records[page] = record = new GrainState<EntryPage<T>>(new EntryPage<T>());
        }

        return record;
    }
}
