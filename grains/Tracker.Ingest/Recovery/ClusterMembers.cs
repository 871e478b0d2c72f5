using System.Collections.Immutable;
using Orleans.Runtime;

namespace Tracker.Ingest.Recovery;

/// <summary>The silos that count for retirement and recovery, read from Orleans' membership.</summary>
public static class ClusterMembers
{
    public static ImmutableArray<string> Active(ClusterMembershipSnapshot members) =>
        [.. Of(members, SiloStatus.Active).Select(s => s.ToParsableString())];

    public static IEnumerable<SiloAddress> Dead(ClusterMembershipSnapshot members) => Of(members, SiloStatus.Dead);

    private static IEnumerable<SiloAddress> Of(ClusterMembershipSnapshot members, SiloStatus status)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Members.Values.Where(m => m.Status == status).Select(m => m.SiloAddress);
    }
}
