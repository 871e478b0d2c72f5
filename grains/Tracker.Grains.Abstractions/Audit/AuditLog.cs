using System.Collections.Immutable;
using Tracker.Grains.Common;

namespace Tracker.Grains.Audit;

/// <summary>The audit log, spread over <see cref="ShardCount"/> shard grains by entry id, read newest first.</summary>
public static class AuditLog
{
    /// <summary>Fixed: an entry's shard is found by its id.</summary>
    public const int ShardCount = 16;

    public static KeysetCursor Key(AuditEntry e) => new(e.At, e.Id);

    public static Task Append(IGrainFactory grains, AuditEntry entry) =>
        grains.Ref<IAuditLogGrain>(Shards.Of(entry.Id, ShardCount)).Append(entry);

    public static Task<(ImmutableArray<AuditEntry> Items, KeysetCursor? Next)> List(IGrainFactory grains, AuditQuery query) =>
        Keyset.Page(ShardCount, s => grains.Ref<IAuditLogGrain>(s).List(query), query.Take, Key);
}
