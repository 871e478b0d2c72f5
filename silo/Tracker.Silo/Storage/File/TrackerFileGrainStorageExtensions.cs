using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Tracker.Silo.Storage.FileGrains;

public static class TrackerFileGrainStorageExtensions
{
    /// <summary>Registers <see cref="TrackerFileGrainStorage"/> over <paramref name="rootDirectory"/> as the named grain storage.</summary>
    public static ISiloBuilder AddTrackerFileGrainStorage(this ISiloBuilder silo, string name, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddTrackerFileGrainStorage(name, rootDirectory);
        return silo;
    }

    /// <inheritdoc cref="AddTrackerFileGrainStorage(ISiloBuilder, string, string)"/>
    public static IServiceCollection AddTrackerFileGrainStorage(this IServiceCollection services, string name, string rootDirectory) =>
        services.AddGrainStorage(name, (sp, name) => new TrackerFileGrainStorage(
            name,
            rootDirectory,
            sp.GetRequiredService<IGrainStorageSerializer>(),
            sp.GetRequiredService<IActivatorProvider>(),
            sp.GetRequiredService<ILogger<TrackerFileGrainStorage>>()));
}
