namespace Tracker.Ingest.Stores.Files;

/// <summary>Journals as folders under {root}/journal.</summary>
public sealed class FileJournalStores(string root) : IJournalStores
{
    public static string Folder(string root) => Path.Combine(root, "journal");

    public IJournalStore Open(string name) => new FileJournalStore(root, name);

    public IQuarantine Quarantine { get; } = new FileQuarantine(root);

    public Task<IReadOnlyList<string>> ListJournals(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Directory.Exists(Folder(root))
            ? [.. Directory.EnumerateDirectories(Folder(root)).Select(Path.GetFileName).OfType<string>()]
            : []);
}
