using Tracker.Domain.Events;

namespace Tracker.Domain.Transit;

/// <summary>
/// The state machine of a customs transit: declared, sealed, departed, in transit, arrived, unsealed, closed,
/// with a hold that freezes it until released.
/// </summary>
/// <remarks>
/// Repeating the step that produced the current status is a no-op rather than a rejection: events are delivered
/// at least once, so a retried step must not turn into an error.
/// </remarks>
public sealed record TransitLifecycle(TransitStatus Status, bool OnHold)
{
    public static TransitLifecycle Declared { get; } = new(TransitStatus.Declared, false);

    /// <summary>The step a transit or seal event code drives; false for codes that do not move the lifecycle.</summary>
    /// <remarks>
    /// TDEC is excluded because declaring creates the transit rather than moving one, and EnterTransit has no
    /// event code: it follows from the first position fix outside the seal zone.
    /// </remarks>
    public static bool TryStepFor(EventCode code, out TransitStep step)
    {
        (var found, step) = code switch
        {
            EventCode.SEAL => (true, TransitStep.Seal),
            EventCode.TSTR => (true, TransitStep.Depart),
            EventCode.TEND => (true, TransitStep.Arrive),
            EventCode.UNSL => (true, TransitStep.Unseal),
            EventCode.TCLS => (true, TransitStep.Close),
            EventCode.HOLD => (true, TransitStep.Hold),
            EventCode.RELS => (true, TransitStep.Release),
            _ => (false, default),
        };
        return found;
    }

    public TransitOutcome Apply(TransitStep step) => step switch
    {
        TransitStep.Hold => ApplyHold(),
        TransitStep.Release => ApplyRelease(),
        _ when OnHold => Reject($"cannot {Verb(step)} a transit that is {Describe(Status)}: the transit is on hold until it is released"),
        _ => Advance(step),
    };

    private TransitOutcome ApplyHold()
    {
        if (OnHold)
        {
            return Unchanged();
        }

        return Status == TransitStatus.Closed
            ? Reject("cannot hold a transit that is closed; a closed transit cannot change")
            : Changed(this with { OnHold = true });
    }

    private TransitOutcome ApplyRelease() =>
        OnHold
            ? Changed(this with { OnHold = false })
            : Reject($"cannot release a transit that is {Describe(Status)}; it is not on hold");

    private TransitOutcome Advance(TransitStep step)
    {
        var target = TargetOf(step);
        if (Status == target)
        {
            return Unchanged();
        }

        return CanStart(step, Status)
            ? Changed(this with { Status = target })
            : Reject($"cannot {Verb(step)} a transit that is {Describe(Status)}; {Reason(step, Status)}");
    }

    private static TransitStatus TargetOf(TransitStep step) => step switch
    {
        TransitStep.Seal => TransitStatus.Sealed,
        TransitStep.Depart => TransitStatus.Departed,
        TransitStep.EnterTransit => TransitStatus.InTransit,
        TransitStep.Arrive => TransitStatus.Arrived,
        TransitStep.Unseal => TransitStatus.Unsealed,
        TransitStep.Close => TransitStatus.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "not a status-changing step"),
    };

    private static bool CanStart(TransitStep step, TransitStatus status) => (step, status) switch
    {
        (TransitStep.Seal, TransitStatus.Declared) => true,
        (TransitStep.Depart, TransitStatus.Sealed) => true,
        (TransitStep.EnterTransit, TransitStatus.Departed) => true,

        // A short road leg can arrive before any fix has put it in transit.
        (TransitStep.Arrive, TransitStatus.Departed or TransitStatus.InTransit) => true,
        (TransitStep.Unseal, TransitStatus.Arrived) => true,

        // Sea-rail transits close automatically on arrival; their seal is never removed under customs control.
        (TransitStep.Close, TransitStatus.Arrived or TransitStatus.Unsealed) => true,
        _ => false,
    };

    // Only called for a status the step cannot start from, so it is either before or after the allowed ones.
    private static string Reason(TransitStep step, TransitStatus status)
    {
        if (status == TransitStatus.Closed)
        {
            return "a closed transit cannot change";
        }

        var tooEarly = step switch
        {
            TransitStep.Depart => status < TransitStatus.Sealed,
            TransitStep.EnterTransit or TransitStep.Arrive => status < TransitStatus.Departed,
            TransitStep.Unseal or TransitStep.Close => status < TransitStatus.Arrived,
            _ => false,
        };
        if (tooEarly)
        {
            return step switch
            {
                TransitStep.Depart => "it must be sealed first",
                TransitStep.EnterTransit or TransitStep.Arrive => "it must depart first",
                _ => "it must arrive first",
            };
        }

        return step switch
        {
            TransitStep.Seal => "it has already been sealed",
            TransitStep.Depart => "it has already departed",
            _ => "it has already arrived",
        };
    }

    private static string Verb(TransitStep step) => step switch
    {
        TransitStep.Seal => "seal",
        TransitStep.Depart => "depart",
        TransitStep.EnterTransit => "mark as in transit",
        TransitStep.Arrive => "arrive",
        TransitStep.Unseal => "unseal",
        TransitStep.Close => "close",
        TransitStep.Hold => "hold",
        TransitStep.Release => "release",
        _ => step.ToString().ToLowerInvariant(),
    };

    private static string Describe(TransitStatus status) => status switch
    {
        TransitStatus.InTransit => "in transit",
        _ => status.ToString().ToLowerInvariant(),
    };

    private TransitOutcome Unchanged() => new(this, false, null);

    private static TransitOutcome Changed(TransitLifecycle next) => new(next, true, null);

    private TransitOutcome Reject(string reason) => new(this, false, reason);
}
