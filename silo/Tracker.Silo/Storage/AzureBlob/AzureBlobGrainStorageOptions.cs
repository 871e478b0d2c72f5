using Orleans.Storage;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>Where <see cref="AzureBlobGrainStorage"/> keeps grain state: one blob per grain in one container.</summary>
public sealed class AzureBlobGrainStorageOptions
{
    public const string DefaultContainerName = "tracker";

    public string? ConnectionString { get; set; }

    /// <summary>Blob container names are lowercase; the name is lowercased before use.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>When null, the silo's <see cref="IGrainStorageSerializer"/> is used.</summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }

    /// <summary>The container name as Blob Storage accepts it, or a clear reason why it cannot.</summary>
    internal string ValidContainerName(string storageName)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException(
                $"Grain storage '{storageName}' needs a connection string (configuration Storage:ConnectionString).");
        }

        var name = (ContainerName ?? "").Trim().ToLowerInvariant();
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && name[0] != '-' && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new InvalidOperationException(
                $"Grain storage '{storageName}': '{ContainerName}' is not a valid blob container name " +
                "(3-63 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit).");
        }

        return name;
    }
}
