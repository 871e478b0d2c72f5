namespace Tracker.Ingest.Stores.Files;

/// <summary>Quarantined batches as {root}/journal-quarantine/{journal}-{segment}-{record}.json.</summary>
public sealed class FileQuarantine(string root) : IQuarantine
{
    private readonly string _folder = Path.Combine(root, "journal-quarantine");

    public async Task Put(QuarantinedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, batch.Key + ".json");
        var temp = path + ".tmp";

        // On disk before the journal that held it may be retired.
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            await file.WriteAsync(QuarantineJson.Write(batch), cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public async Task<IReadOnlyList<QuarantinedBatch>> List(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_folder))
        {
            return [];
        }

        var batches = new List<QuarantinedBatch>();
        foreach (var path in Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (QuarantineJson.Read(await File.ReadAllBytesAsync(path, cancellationToken)) is { } batch)
            {
                batches.Add(batch);
            }
        }

        return batches;
    }
}
