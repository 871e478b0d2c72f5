namespace Tracker.Grains.Indexes;

/// <summary>How many pages a <see cref="PagedDictionary{T}"/> has stored: the pages are read from 0 up to it.</summary>
public sealed class PageManifest
{
    public int Pages { get; set; }
}
