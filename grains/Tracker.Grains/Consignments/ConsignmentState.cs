using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Locks;

namespace Tracker.Grains.Consignments;

public sealed class ConsignmentState
{
    /// <summary>
    /// The event ids remembered for deduplication: a 500-box transit with every box's gate, load, discharge and
    /// customs events stays inside it for its whole life.
    /// </summary>
    public const int MaxAppliedEvents = 10_000;

    public ConsignmentDeclaration? Declaration { get; set; }

    public DateTimeOffset DeclaredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Stored with the declaration, cleared once its containers, carrier and vessels were told: while set, the same
    /// declaration sent again finishes the linking instead of answering "unchanged".
    /// </summary>
    public bool LinksPending { get; set; }

    public TransitStatus Status { get; set; } = TransitStatus.Declared;

    public bool OnHold { get; set; }

    public List<StatusChange> History { get; set; } = [];

    private RecentIdSet _appliedEvents = new(MaxAppliedEvents);

    /// <summary>The newest event ids, for deduplication (see <see cref="MaxAppliedEvents"/>).</summary>
    public RecentIdSet AppliedEvents { get => _appliedEvents; set => _appliedEvents = value.Bounded(MaxAppliedEvents); }

    /// <summary>
    /// Each lock as it reported while bound to this consignment. Kept here, not read from the
    /// lock, because a lock moves on to other consignments once this one closes.
    /// </summary>
    public Dictionary<string, LockView> Locks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The anomaly rules' own state (episodes under way, last fixes), kept across restarts.</summary>
    public SupervisorState? Supervision { get; set; }

    /// <summary>How many alerts of each type were raised: the next alert's ordinal.</summary>
    public Dictionary<string, int> AlertCounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alerts whose episode is under way, by type and device, to record its end.</summary>
    public Dictionary<string, string> OpenEpisodes { get; set; } = new(StringComparer.Ordinal);

    public List<string> AlertIds { get; set; } = [];

    /// <summary>Locks whose seal was broken en route: their arrival cannot close the transit by itself.</summary>
    public HashSet<string> BrokenSeals { get; set; } = new(StringComparer.Ordinal);

    public HashSet<string> ArrivedContainers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When the supervision schedule will next wake this transit.</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    public TransitLifecycle Lifecycle => new(Status, OnHold);
}
