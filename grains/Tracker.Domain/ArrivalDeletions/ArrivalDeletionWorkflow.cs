using System.Collections.Immutable;

namespace Tracker.Domain.ArrivalDeletions;

/// <summary>
/// The online deletion of an export arrival report as a state machine: the enterprise applies, the
/// terminal confirms or refuses, customs approves or rejects. Every step is appended to the history,
/// which is the audit trail; a refused step changes nothing.
/// </summary>
public sealed record ArrivalDeletionWorkflow(ArrivalDeletionStatus Status, ImmutableArray<ArrivalDeletionEntry> History)
{
    /// <summary>The role that applies (the enterprise) and the roles that take each step after.</summary>
    public const string EnterpriseRole = "enterprise";
    public const string TerminalRole = "terminal";
    public const string CustomsRole = "customs";

    public const int MaxNote = 2000;

    public static ArrivalDeletionWorkflow Request(string by, DateTimeOffset at, string? note = null) =>
        new(ArrivalDeletionStatus.Requested, [new ArrivalDeletionEntry(ArrivalDeletionStatus.Requested, by, EnterpriseRole, at, note)]);

    /// <summary>Requested or terminal-confirmed: at most one such request per container.</summary>
    public bool IsOpen => IsOpenStatus(Status);

    public static bool IsOpenStatus(ArrivalDeletionStatus status) =>
        status is ArrivalDeletionStatus.Requested or ArrivalDeletionStatus.TerminalConfirmed;

    public DateTimeOffset RequestedAt => History[0].At;

    public DateTimeOffset UpdatedAt => History[^1].At;

    /// <summary>The terminal confirms or refuses (it knows whether the box is in port); customs approves or rejects.</summary>
    public static string RoleOf(ArrivalDeletionStep step) =>
        step is ArrivalDeletionStep.Confirm or ArrivalDeletionStep.Refuse ? TerminalRole : CustomsRole;

    /// <summary>A refusal or rejection must say why: the enterprise reads it, and the audit keeps it.</summary>
    public static bool NeedsNote(ArrivalDeletionStep step) => step is ArrivalDeletionStep.Refuse or ArrivalDeletionStep.Reject;

    public ArrivalDeletionOutcome Apply(ArrivalDeletionStep step, string by, string role, DateTimeOffset at, string? note)
    {
        if (role != RoleOf(step))
        {
            return Refuse($"only the {RoleOf(step)} may {Verb(step)} a request");
        }

        if (NeedsNote(step) && string.IsNullOrWhiteSpace(note))
        {
            return Refuse($"a note saying why is required to {Verb(step)}");
        }

        if (note is { Length: > MaxNote })
        {
            return Refuse($"the note must be at most {MaxNote} characters");
        }

        var from = step is ArrivalDeletionStep.Confirm or ArrivalDeletionStep.Refuse ? ArrivalDeletionStatus.Requested : ArrivalDeletionStatus.TerminalConfirmed;
        if (Status != from)
        {
            return Refuse($"cannot {Verb(step)} a request that is {Name(Status)}; only one that is {Name(from)}");
        }

        if (at < UpdatedAt)
        {
            // The trail reads in time order; a clock running backwards must not reorder it.
            at = UpdatedAt;
        }

        var to = step switch
        {
            ArrivalDeletionStep.Confirm => ArrivalDeletionStatus.TerminalConfirmed,
            ArrivalDeletionStep.Refuse => ArrivalDeletionStatus.Refused,
            ArrivalDeletionStep.Approve => ArrivalDeletionStatus.Approved,
            _ => ArrivalDeletionStatus.Rejected,
        };
        return new ArrivalDeletionOutcome(new ArrivalDeletionWorkflow(to, History.Add(new ArrivalDeletionEntry(to, by, role, at, note))), null);
    }

    private ArrivalDeletionOutcome Refuse(string why) => new(this, why);

    private static string Verb(ArrivalDeletionStep step) => step.ToString().ToLowerInvariant();

    private static string Name(ArrivalDeletionStatus status) => status switch
    {
        ArrivalDeletionStatus.TerminalConfirmed => "TERMINAL_CONFIRMED",
        _ => status.ToString().ToUpperInvariant(),
    };
}
