namespace Tracker.Silo.Storage;

/// <summary>The "Storage" configuration section (API.md "Configuration names").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.File;

    /// <summary>Folder of the file store; relative paths are under the working directory.</summary>
    public string Root { get; set; } = "data";

    /// <summary>Required when <see cref="Provider"/> is <see cref="StorageProvider.AzureBlob"/>.</summary>
    public string? ConnectionString { get; set; }

    private string _container = "tracker";

    /// <summary>
    /// Blob container of the AzureBlob store (grain state, tracks and journals). Blob Storage knows only
    /// lowercase container names, so a configured "Tracker" means "tracker" for all three.
    /// </summary>
    public string Container
    {
        get => _container;
        set => _container = (value ?? "").Trim().ToLowerInvariant();
    }

    public string FullRoot => Path.GetFullPath(Root);

    /// <summary>
    /// Fails, naming the setting, unless <see cref="Container"/> is a name Blob Storage accepts; Orleans'
    /// provider would refuse it too, but later and without saying which setting to change.
    /// </summary>
    public void ThrowIfContainerInvalid()
    {
        var name = Container;
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && name[0] != '-' && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new InvalidOperationException(
                $"Storage:Container '{name}' is not a valid blob container name " +
                "(3-63 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit).");
        }
    }
}

public enum StorageProvider
{
    File,
    AzureBlob,

    /// <summary>Nothing survives the process: tests and benchmarks only.</summary>
    Memory,
}
