using Tracker.Testing.Clients;

namespace Tracker.ClusterProcessTests.Drills;

/// <summary>What a drill reads back after a failure: which fixes a consignment's track holds.</summary>
public static class Readback
{
    /// <summary>The (lock, seq) of every point in the consignment's lock tracks.</summary>
    public static async Task<HashSet<(string Lock, long Seq)>> LockPoints(ApiClient api, string consignmentId)
    {
        var track = await api.Get($"/api/v1/consignments/{consignmentId}/track");
        return [.. track["locks"]!.AsArray().SelectMany(l => l!["points"]!.AsArray()
            .Select(p => (l["id"]!.GetValue<string>(), p!["seq"]!.GetValue<long>())))];
    }

    /// <summary>The acknowledged batches of which some fix is missing from the tracks, named for the failure message.</summary>
    public static async Task<List<string>> Lost(ApiClient api, IEnumerable<(string Consignment, string Lock)> transits, IEnumerable<IngestLedger.Sent> acknowledged)
    {
        var stored = new HashSet<(string, long)>();
        var list = transits.ToList();
        foreach (var consignment in list.Select(t => t.Consignment).Distinct())
        {
            stored.UnionWith(await LockPoints(api, consignment));
        }

        return [.. acknowledged
            .Where(batch => list.Any(t => !stored.Contains((t.Lock, batch.Seq))))
            .Select(batch => batch.ToString())];
    }
}
