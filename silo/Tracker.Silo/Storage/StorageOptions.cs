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

    /// <summary>Blob container of the AzureBlob store; lowercase letters, digits and hyphens.</summary>
    public string Container { get; set; } = "tracker";

    public string FullRoot => Path.GetFullPath(Root);
}

public enum StorageProvider
{
    File,
    AzureBlob,

    /// <summary>Nothing survives the process: tests and benchmarks only.</summary>
    Memory,
}
