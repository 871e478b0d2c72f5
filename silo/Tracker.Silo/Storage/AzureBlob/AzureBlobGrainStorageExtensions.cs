using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Tracker.Silo.Storage.AzureBlob;

public static class AzureBlobGrainStorageExtensions
{
    /// <summary>Registers <see cref="AzureBlobGrainStorage"/> as the named grain storage <paramref name="name"/>.</summary>
    public static ISiloBuilder AddAzureBlobGrainStorage(this ISiloBuilder silo, string name, Action<AzureBlobGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddAzureBlobGrainStorage(name, configure);
        return silo;
    }

    /// <inheritdoc cref="AddAzureBlobGrainStorage(ISiloBuilder, string, Action{AzureBlobGrainStorageOptions})"/>
    public static IServiceCollection AddAzureBlobGrainStorage(this IServiceCollection services, string name, Action<AzureBlobGrainStorageOptions> configure)
    {
        services.AddOptions<AzureBlobGrainStorageOptions>(name).Configure(configure);
        return services.AddGrainStorage(name, static (sp, name) => new AzureBlobGrainStorage(
            name,
            sp.GetRequiredService<IOptionsMonitor<AzureBlobGrainStorageOptions>>().Get(name),
            sp.GetRequiredService<IGrainStorageSerializer>(),
            sp.GetRequiredService<IActivatorProvider>(),
            sp.GetRequiredService<ILogger<AzureBlobGrainStorage>>()));
    }
}
