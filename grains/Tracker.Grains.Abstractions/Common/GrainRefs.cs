namespace Tracker.Grains.Common;

/// <summary>
/// Grain references for the hot path. Orleans' <c>GetGrain&lt;T&gt;(key)</c> works out the grain and interface
/// types from the interface's attributes on every call (reflection and type-name formatting, 16% of what the
/// ingest path allocated in the profile in BENCHMARKS.md); here they are worked out once per interface.
/// </summary>
public static class GrainRefs
{
    public static T Ref<T>(this IGrainFactory grains, string key) where T : class, IGrainWithStringKey =>
        (T)grains.GetGrain(GrainId.Create(Types<T>.Of(grains).Grain, key), Types<T>.Of(grains).Interface);

    public static T Ref<T>(this IGrainFactory grains, long key) where T : class, IGrainWithIntegerKey =>
        (T)grains.GetGrain(GrainId.Create(Types<T>.Of(grains).Grain, GrainIdKeyExtensions.CreateIntegerKey(key)), Types<T>.Of(grains).Interface);

    private static class Types<T> where T : class
    {
        private static (GrainType Grain, GrainInterfaceType Interface)? _types;

        /// <summary>From one reference made the usual way: the same for every factory of the cluster.</summary>
        public static (GrainType Grain, GrainInterfaceType Interface) Of(IGrainFactory grains) => _types ??= Resolve(grains);

        private static (GrainType, GrainInterfaceType) Resolve(IGrainFactory grains)
        {
            var sample = typeof(IGrainWithStringKey).IsAssignableFrom(typeof(T))
                ? grains.GetGrain(typeof(T), "sample")
                : grains.GetGrain(typeof(T), 0L);
            var reference = (GrainReference)sample;
            return (reference.GrainId.Type, reference.InterfaceType);
        }
    }
}
