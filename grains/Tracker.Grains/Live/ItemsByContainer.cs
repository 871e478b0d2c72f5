namespace Tracker.Grains.Live;

/// <summary>
/// A live index shard's items by the containers they carry, so that the snapshot of a container
/// view (an enterprise watching one box) reads its few items instead of testing every object the
/// shard holds: with 500 such clients subscribing at 140,000 objects, the scans timed out.
/// </summary>
public sealed class ItemsByContainer
{
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    public void Replace(LiveItem? previous, LiveItem item)
    {
        if (previous is not null)
        {
            Remove(previous);
        }

        foreach (var container in Containers(item))
        {
            if (!_ids.TryGetValue(container, out var ids))
            {
                _ids[container] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(item.Id);
        }
    }

    public void Remove(LiveItem item)
    {
        foreach (var container in Containers(item))
        {
            if (_ids.TryGetValue(container, out var ids) && ids.Remove(item.Id) && ids.Count == 0)
            {
                _ids.Remove(container);
            }
        }
    }

    public IEnumerable<string> Of(string container) => _ids.TryGetValue(container, out var ids) ? ids : [];

    private static System.Collections.Immutable.ImmutableArray<string> Containers(LiveItem item) => item.Containers.IsDefault ? [] : item.Containers;
}
