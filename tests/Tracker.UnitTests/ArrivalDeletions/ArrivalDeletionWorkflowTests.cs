using Tracker.Domain.ArrivalDeletions;

namespace Tracker.UnitTests.ArrivalDeletions;

public class ArrivalDeletionWorkflowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static ArrivalDeletionWorkflow Requested() => ArrivalDeletionWorkflow.Request("ops@acme", T0);

    private static ArrivalDeletionWorkflow Step(ArrivalDeletionWorkflow w, ArrivalDeletionStep step, string? note = null, int minutes = 5)
    {
        var outcome = w.Apply(step, $"someone@{step}", ArrivalDeletionWorkflow.RoleOf(step), w.UpdatedAt.AddMinutes(minutes), note);
        Assert.Null(outcome.Refusal);
        return outcome.Workflow;
    }

    [Fact]
    public void A_new_request_is_requested_and_open_with_the_enterprise_as_first_entry()
    {
        var w = Requested();

        Assert.Equal(ArrivalDeletionStatus.Requested, w.Status);
        Assert.True(w.IsOpen);
        Assert.Equal(new ArrivalDeletionEntry(ArrivalDeletionStatus.Requested, "ops@acme", "enterprise", T0, null), Assert.Single(w.History));
    }

    [Fact]
    public void Confirmed_then_approved_records_each_step_with_who_role_when_and_note()
    {
        var w = Step(Step(Requested(), ArrivalDeletionStep.Confirm, "in block C"), ArrivalDeletionStep.Approve);

        Assert.Equal(ArrivalDeletionStatus.Approved, w.Status);
        Assert.False(w.IsOpen);
        Assert.Equal(
            new[]
            {
                new ArrivalDeletionEntry(ArrivalDeletionStatus.Requested, "ops@acme", "enterprise", T0, null),
                new ArrivalDeletionEntry(ArrivalDeletionStatus.TerminalConfirmed, "someone@Confirm", "terminal", T0.AddMinutes(5), "in block C"),
                new ArrivalDeletionEntry(ArrivalDeletionStatus.Approved, "someone@Approve", "customs", T0.AddMinutes(10), null),
            },
            w.History.AsEnumerable());
        Assert.Equal(T0, w.RequestedAt);
        Assert.Equal(T0.AddMinutes(10), w.UpdatedAt);
    }

    [Theory]
    [InlineData(ArrivalDeletionStep.Refuse, ArrivalDeletionStatus.Refused)]
    [InlineData(ArrivalDeletionStep.Confirm, ArrivalDeletionStatus.TerminalConfirmed)]
    public void The_terminal_decides_a_requested_one(ArrivalDeletionStep step, ArrivalDeletionStatus to) =>
        Assert.Equal(to, Step(Requested(), step, "why").Status);

    [Fact]
    public void Customs_rejects_a_confirmed_one_and_it_is_closed() =>
        Assert.False(Step(Step(Requested(), ArrivalDeletionStep.Confirm), ArrivalDeletionStep.Reject, "papers missing").IsOpen);

    public static TheoryData<ArrivalDeletionStatus, ArrivalDeletionStep> WrongStates => new()
    {
        { ArrivalDeletionStatus.Requested, ArrivalDeletionStep.Approve },
        { ArrivalDeletionStatus.Requested, ArrivalDeletionStep.Reject },
        { ArrivalDeletionStatus.TerminalConfirmed, ArrivalDeletionStep.Confirm },
        { ArrivalDeletionStatus.TerminalConfirmed, ArrivalDeletionStep.Refuse },
        { ArrivalDeletionStatus.Refused, ArrivalDeletionStep.Confirm },
        { ArrivalDeletionStatus.Refused, ArrivalDeletionStep.Approve },
        { ArrivalDeletionStatus.Approved, ArrivalDeletionStep.Approve },
        { ArrivalDeletionStatus.Approved, ArrivalDeletionStep.Reject },
        { ArrivalDeletionStatus.Rejected, ArrivalDeletionStep.Approve },
        { ArrivalDeletionStatus.Rejected, ArrivalDeletionStep.Confirm },
    };

    [Theory]
    [MemberData(nameof(WrongStates))]
    public void A_step_from_the_wrong_status_is_refused_with_a_reason_and_changes_nothing(ArrivalDeletionStatus status, ArrivalDeletionStep step)
    {
        var w = Requested() with { Status = status };

        var outcome = w.Apply(step, "x", ArrivalDeletionWorkflow.RoleOf(step), T0.AddHours(1), "note");

        Assert.True(outcome.Refused);
        Assert.Contains(status == ArrivalDeletionStatus.TerminalConfirmed ? "TERMINAL_CONFIRMED" : status.ToString().ToUpperInvariant(), outcome.Refusal, StringComparison.Ordinal);
        Assert.Same(w, outcome.Workflow);
    }

    [Theory]
    [InlineData(ArrivalDeletionStep.Confirm, "customs")]
    [InlineData(ArrivalDeletionStep.Approve, "terminal")]
    [InlineData(ArrivalDeletionStep.Approve, "enterprise")]
    [InlineData(ArrivalDeletionStep.Refuse, "control")]
    public void A_step_by_the_wrong_role_is_refused(ArrivalDeletionStep step, string role)
    {
        var w = step == ArrivalDeletionStep.Approve ? Step(Requested(), ArrivalDeletionStep.Confirm) : Requested();

        var outcome = w.Apply(step, "x", role, T0.AddHours(1), "note");

        Assert.True(outcome.Refused);
        Assert.Contains(ArrivalDeletionWorkflow.RoleOf(step), outcome.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Refusing_or_rejecting_without_saying_why_is_refused(string? note)
    {
        Assert.True(Requested().Apply(ArrivalDeletionStep.Refuse, "t", "terminal", T0.AddMinutes(1), note).Refused);
        var confirmed = Step(Requested(), ArrivalDeletionStep.Confirm);
        Assert.True(confirmed.Apply(ArrivalDeletionStep.Reject, "c", "customs", T0.AddHours(1), note).Refused);

        // Confirming and approving need no note.
        Assert.False(confirmed.Apply(ArrivalDeletionStep.Approve, "c", "customs", T0.AddHours(1), note).Refused);
    }

    [Fact]
    public void A_note_longer_than_the_limit_is_refused() =>
        Assert.True(Requested().Apply(ArrivalDeletionStep.Confirm, "t", "terminal", T0.AddMinutes(1), new string('x', ArrivalDeletionWorkflow.MaxNote + 1)).Refused);

    [Fact]
    public void A_step_stamped_before_the_last_keeps_the_trail_in_time_order()
    {
        var w = Requested().Apply(ArrivalDeletionStep.Confirm, "t", "terminal", T0.AddMinutes(-3), null).Workflow;

        Assert.Equal(T0, w.History[^1].At);
    }
}
