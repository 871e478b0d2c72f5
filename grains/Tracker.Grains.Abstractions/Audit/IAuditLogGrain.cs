using System.Collections.Immutable;

namespace Tracker.Grains.Audit;

/// <summary>One shard of the append-only audit log (key: the shard's number, see <see cref="AuditLog"/>).</summary>
[Alias("tracker.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithIntegerKey
{
    /// <summary>Stored before the call returns. An entry is never changed or removed; the same id twice is kept once.</summary>
    [Alias("append")]
    Task Append(AuditEntry entry);

    /// <summary>Up to <see cref="AuditQuery.Take"/> + 1 of this shard's matches after the query's cursor, newest first.</summary>
    [Alias("list")]
    Task<ImmutableArray<AuditEntry>> List(AuditQuery query);
}
