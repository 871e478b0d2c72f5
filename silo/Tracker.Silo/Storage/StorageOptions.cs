namespace Tracker.Silo.Storage;

/// <summary>The "Storage" configuration section (API.md "Configuration names").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.File;

    /// <summary>Folder of the file store; relative paths are under the working directory.</summary>
    public string Root { get; set; } = "data";

    public string? ConnectionString { get; set; }

    public string FullRoot => Path.GetFullPath(Root);
}

public enum StorageProvider
{
    File,
    AzureBlob,

    /// <summary>Nothing survives the process: tests and benchmarks only.</summary>
    Memory,
}
