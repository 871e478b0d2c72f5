using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// The lists of requests. Each party has its own index grain, so a list is read from one grain and holds
/// only what its reader may see; the list of all (control) is spread over <see cref="AllShards"/> shards by
/// request id, so no grain lies in the path of every request. Each stores its entries in pages.
/// </summary>
public static class ArrivalDeletionIndex
{
    /// <summary>Fixed: a request's shard of the list of all is found by its id.</summary>
    public const int AllShards = 16;

    public static KeysetCursor Key(ArrivalDeletionSummary r) => new(r.RequestedAt, r.Id);

    public static string OfTenant(string tenant) => $"tenant.{tenant}";

    public static string OfFacility(string facility) => $"facility.{facility}";

    public static string OfOffice(string office) => $"office.{office}";

    private static string OfAll(int shard) => $"all.{shard}";

    /// <summary>The lists of the request's parties: its tenant's, its facility's and each of its offices'.</summary>
    public static IEnumerable<string> PartyListsOf(ArrivalDeletionView r) =>
        [OfTenant(r.Tenant), OfFacility(r.Facility), .. r.Offices.Distinct().Select(OfOffice)];

    /// <summary>Every list the request appears in: its parties' and its shard of the list of all.</summary>
    public static IEnumerable<string> ListsOf(ArrivalDeletionView r) => [.. PartyListsOf(r), OfAll(Shards.Of(r.Id, AllShards))];

    /// <summary>One page of one party's list (<paramref name="party"/> from OfTenant, OfFacility, OfOffice), or of all when null.</summary>
    public static async Task<(ImmutableArray<ArrivalDeletionSummary> Items, KeysetCursor? Next)> List(IGrainFactory grains, string? party, ArrivalDeletionQuery query)
    {
        if (party is null)
        {
            return await Keyset.Page(AllShards, s => grains.GetGrain<IArrivalDeletionIndexGrain>(OfAll(s)).List(query), query.Take, Key);
        }

        var page = await grains.GetGrain<IArrivalDeletionIndexGrain>(party).List(query);
        return Keyset.Merge([page], query.Take, Key);
    }
}
