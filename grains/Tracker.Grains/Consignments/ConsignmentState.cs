using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Locks;

namespace Tracker.Grains.Consignments;

public sealed class ConsignmentState
{
    public ConsignmentDeclaration? Declaration { get; set; }

    public DateTimeOffset DeclaredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public TransitStatus Status { get; set; } = TransitStatus.Declared;

    public bool OnHold { get; set; }

    public List<StatusChange> History { get; set; } = [];

    public HashSet<string> AppliedEvents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each lock as it reported while bound to this consignment. Kept here, not read from the
    /// lock, because a lock moves on to other consignments once this one closes.
    /// </summary>
    public Dictionary<string, LockView> Locks { get; set; } = new(StringComparer.Ordinal);

    public TransitLifecycle Lifecycle => new(Status, OnHold);
}
