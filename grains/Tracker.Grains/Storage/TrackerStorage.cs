using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Tracker.Grains.Indexes;

namespace Tracker.Grains.Storage;

public static class TrackerStorage
{
    /// <summary>The named grain storage every Tracker grain persists through.</summary>
    public const string Name = "tracker";

    /// <summary>A shard's paged entries under <paramref name="name"/>, in the Tracker storage; read it at activation.</summary>
    public static PagedState<T> Pages<T>(IServiceProvider services, IGrainContext grain, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(grain);
        return new PagedState<T>(services.GetRequiredKeyedService<IGrainStorage>(Name), name, grain.GrainId);
    }
}
