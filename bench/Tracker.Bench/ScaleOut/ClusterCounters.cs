using System.Text.Json;
using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>What the Orleans dashboard (admin only) tells of the cluster: its silos and where the lock grains live.</summary>
public static class ClusterCounters
{
    public static async Task<int> ActiveSilos(LoadApi api)
    {
        using var counters = await Counters(api);
        return counters.RootElement.GetProperty("hosts").EnumerateArray().Count(h => h.GetProperty("status").GetString() == "Active");
    }

    /// <summary>Lock grain activations on each silo that has any, largest first.</summary>
    public static async Task<IReadOnlyList<int>> LockActivations(LoadApi api)
    {
        using var counters = await Counters(api);
        return [.. counters.RootElement.GetProperty("simpleGrainStats").EnumerateArray()
            .Where(s => s.GetProperty("grainType").GetString()!.EndsWith("SmartLockGrain", StringComparison.Ordinal))
            .GroupBy(s => s.GetProperty("siloAddress").GetString())
            .Select(g => g.Sum(s => s.GetProperty("activationCount").GetInt32()))
            .OrderDescending()];
    }

    private static async Task<JsonDocument> Counters(LoadApi api)
    {
        using var response = await api.Get("/dashboard/DashboardCounters", api.Admin);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }
}
