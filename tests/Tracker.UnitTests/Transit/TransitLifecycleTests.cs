using Tracker.Domain.Events;
using Tracker.Domain.Transit;

namespace Tracker.UnitTests.Transit;

public class TransitLifecycleTests
{
    [Fact]
    public void Road_transit_goes_from_declared_through_unseal_to_closed()
    {
        var lifecycle = TransitLifecycle.Declared;

        lifecycle = ApplyChanging(lifecycle, TransitStep.Seal, TransitStatus.Sealed);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Depart, TransitStatus.Departed);
        lifecycle = ApplyChanging(lifecycle, TransitStep.EnterTransit, TransitStatus.InTransit);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Arrive, TransitStatus.Arrived);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Unseal, TransitStatus.Unsealed);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Close, TransitStatus.Closed);

        Assert.False(lifecycle.OnHold);
    }

    [Fact]
    public void Rail_transit_closes_on_arrival_without_unseal()
    {
        var lifecycle = TransitLifecycle.Declared;

        lifecycle = ApplyChanging(lifecycle, TransitStep.Seal, TransitStatus.Sealed);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Depart, TransitStatus.Departed);
        lifecycle = ApplyChanging(lifecycle, TransitStep.EnterTransit, TransitStatus.InTransit);
        lifecycle = ApplyChanging(lifecycle, TransitStep.Arrive, TransitStatus.Arrived);
        ApplyChanging(lifecycle, TransitStep.Close, TransitStatus.Closed);
    }

    [Fact]
    public void Arrival_may_follow_departure_directly()
    {
        var departed = new TransitLifecycle(TransitStatus.Departed, false);

        ApplyChanging(departed, TransitStep.Arrive, TransitStatus.Arrived);
    }

    [Fact]
    public void Declared_lifecycle_is_declared_and_not_on_hold()
    {
        Assert.Equal(new TransitLifecycle(TransitStatus.Declared, false), TransitLifecycle.Declared);
    }

    [Theory]
    [InlineData(TransitStatus.Declared, TransitStep.Depart, "cannot depart a transit that is declared; it must be sealed first")]
    [InlineData(TransitStatus.Declared, TransitStep.EnterTransit, "cannot mark as in transit a transit that is declared; it must depart first")]
    [InlineData(TransitStatus.Declared, TransitStep.Arrive, "cannot arrive a transit that is declared; it must depart first")]
    [InlineData(TransitStatus.Declared, TransitStep.Unseal, "cannot unseal a transit that is declared; it must arrive first")]
    [InlineData(TransitStatus.Declared, TransitStep.Close, "cannot close a transit that is declared; it must arrive first")]
    [InlineData(TransitStatus.Sealed, TransitStep.EnterTransit, "cannot mark as in transit a transit that is sealed; it must depart first")]
    [InlineData(TransitStatus.Sealed, TransitStep.Arrive, "cannot arrive a transit that is sealed; it must depart first")]
    [InlineData(TransitStatus.Sealed, TransitStep.Unseal, "cannot unseal a transit that is sealed; it must arrive first")]
    [InlineData(TransitStatus.Sealed, TransitStep.Close, "cannot close a transit that is sealed; it must arrive first")]
    [InlineData(TransitStatus.Departed, TransitStep.Seal, "cannot seal a transit that is departed; it has already been sealed")]
    [InlineData(TransitStatus.Departed, TransitStep.Unseal, "cannot unseal a transit that is departed; it must arrive first")]
    [InlineData(TransitStatus.Departed, TransitStep.Close, "cannot close a transit that is departed; it must arrive first")]
    [InlineData(TransitStatus.InTransit, TransitStep.Seal, "cannot seal a transit that is in transit; it has already been sealed")]
    [InlineData(TransitStatus.InTransit, TransitStep.Depart, "cannot depart a transit that is in transit; it has already departed")]
    [InlineData(TransitStatus.InTransit, TransitStep.Unseal, "cannot unseal a transit that is in transit; it must arrive first")]
    [InlineData(TransitStatus.InTransit, TransitStep.Close, "cannot close a transit that is in transit; it must arrive first")]
    [InlineData(TransitStatus.Arrived, TransitStep.Seal, "cannot seal a transit that is arrived; it has already been sealed")]
    [InlineData(TransitStatus.Arrived, TransitStep.Depart, "cannot depart a transit that is arrived; it has already departed")]
    [InlineData(TransitStatus.Arrived, TransitStep.EnterTransit, "cannot mark as in transit a transit that is arrived; it has already arrived")]
    [InlineData(TransitStatus.Unsealed, TransitStep.Seal, "cannot seal a transit that is unsealed; it has already been sealed")]
    [InlineData(TransitStatus.Unsealed, TransitStep.Depart, "cannot depart a transit that is unsealed; it has already departed")]
    [InlineData(TransitStatus.Unsealed, TransitStep.EnterTransit, "cannot mark as in transit a transit that is unsealed; it has already arrived")]
    [InlineData(TransitStatus.Unsealed, TransitStep.Arrive, "cannot arrive a transit that is unsealed; it has already arrived")]
    [InlineData(TransitStatus.Closed, TransitStep.Seal, "cannot seal a transit that is closed; a closed transit cannot change")]
    [InlineData(TransitStatus.Closed, TransitStep.Depart, "cannot depart a transit that is closed; a closed transit cannot change")]
    [InlineData(TransitStatus.Closed, TransitStep.EnterTransit, "cannot mark as in transit a transit that is closed; a closed transit cannot change")]
    [InlineData(TransitStatus.Closed, TransitStep.Arrive, "cannot arrive a transit that is closed; a closed transit cannot change")]
    [InlineData(TransitStatus.Closed, TransitStep.Unseal, "cannot unseal a transit that is closed; a closed transit cannot change")]
    public void Illegal_transition_is_rejected_with_a_reason_and_leaves_the_lifecycle_unchanged(
        TransitStatus status, TransitStep step, string expectedRejection)
    {
        var lifecycle = new TransitLifecycle(status, false);

        var outcome = lifecycle.Apply(step);

        Assert.True(outcome.IsRejected);
        Assert.Equal(expectedRejection, outcome.Rejection);
        Assert.False(outcome.Changed);
        Assert.Same(lifecycle, outcome.Lifecycle);
    }

    [Theory]
    [InlineData(TransitStatus.Sealed, TransitStep.Seal)]
    [InlineData(TransitStatus.Departed, TransitStep.Depart)]
    [InlineData(TransitStatus.InTransit, TransitStep.EnterTransit)]
    [InlineData(TransitStatus.Arrived, TransitStep.Arrive)]
    [InlineData(TransitStatus.Unsealed, TransitStep.Unseal)]
    [InlineData(TransitStatus.Closed, TransitStep.Close)]
    public void Repeating_the_step_that_produced_the_status_is_a_harmless_no_op(TransitStatus status, TransitStep step)
    {
        var lifecycle = new TransitLifecycle(status, false);

        var outcome = lifecycle.Apply(step);

        Assert.False(outcome.IsRejected);
        Assert.False(outcome.Changed);
        Assert.Same(lifecycle, outcome.Lifecycle);
    }

    [Fact]
    public void Hold_freezes_every_step_until_release()
    {
        var held = ApplyChangingHold(new TransitLifecycle(TransitStatus.Sealed, false), TransitStep.Hold, onHold: true);

        var depart = held.Apply(TransitStep.Depart);
        Assert.True(depart.IsRejected);
        Assert.Equal(
            "cannot depart a transit that is sealed: the transit is on hold until it is released", depart.Rejection);
        Assert.Same(held, depart.Lifecycle);

        var released = ApplyChangingHold(held, TransitStep.Release, onHold: false);
        ApplyChanging(released, TransitStep.Depart, TransitStatus.Departed);
    }

    [Theory]
    [InlineData(TransitStep.Seal)]
    [InlineData(TransitStep.Depart)]
    [InlineData(TransitStep.EnterTransit)]
    [InlineData(TransitStep.Arrive)]
    [InlineData(TransitStep.Unseal)]
    [InlineData(TransitStep.Close)]
    public void While_on_hold_even_a_repeated_step_is_rejected(TransitStep step)
    {
        var held = new TransitLifecycle(TransitStatus.Arrived, true);

        var outcome = held.Apply(step);

        Assert.True(outcome.IsRejected);
        Assert.Contains("the transit is on hold", outcome.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_while_on_hold_is_a_no_op()
    {
        var held = new TransitLifecycle(TransitStatus.InTransit, true);

        var outcome = held.Apply(TransitStep.Hold);

        Assert.False(outcome.IsRejected);
        Assert.False(outcome.Changed);
        Assert.Same(held, outcome.Lifecycle);
    }

    [Fact]
    public void Release_when_not_on_hold_is_rejected()
    {
        var outcome = new TransitLifecycle(TransitStatus.InTransit, false).Apply(TransitStep.Release);

        Assert.True(outcome.IsRejected);
        Assert.Equal("cannot release a transit that is in transit; it is not on hold", outcome.Rejection);
    }

    [Fact]
    public void Hold_on_a_closed_transit_is_rejected()
    {
        var outcome = new TransitLifecycle(TransitStatus.Closed, false).Apply(TransitStep.Hold);

        Assert.True(outcome.IsRejected);
        Assert.Equal("cannot hold a transit that is closed; a closed transit cannot change", outcome.Rejection);
    }

    [Theory]
    [InlineData(TransitStatus.Declared)]
    [InlineData(TransitStatus.InTransit)]
    [InlineData(TransitStatus.Unsealed)]
    public void Hold_keeps_the_status(TransitStatus status)
    {
        var outcome = new TransitLifecycle(status, false).Apply(TransitStep.Hold);

        Assert.True(outcome.Changed);
        Assert.Equal(new TransitLifecycle(status, true), outcome.Lifecycle);
    }

    [Theory]
    [InlineData(EventCode.SEAL, TransitStep.Seal)]
    [InlineData(EventCode.TSTR, TransitStep.Depart)]
    [InlineData(EventCode.TEND, TransitStep.Arrive)]
    [InlineData(EventCode.UNSL, TransitStep.Unseal)]
    [InlineData(EventCode.TCLS, TransitStep.Close)]
    [InlineData(EventCode.HOLD, TransitStep.Hold)]
    [InlineData(EventCode.RELS, TransitStep.Release)]
    public void Transit_and_seal_codes_map_to_their_step(EventCode code, TransitStep expected)
    {
        Assert.True(TransitLifecycle.TryStepFor(code, out var step));
        Assert.Equal(expected, step);
    }

    [Theory]
    [InlineData(EventCode.TDEC)]
    [InlineData(EventCode.GTIN)]
    [InlineData(EventCode.ARRI)]
    [InlineData(EventCode.OPEN)]
    [InlineData(EventCode.TAMP)]
    public void Other_codes_do_not_move_the_lifecycle(EventCode code)
    {
        Assert.False(TransitLifecycle.TryStepFor(code, out _));
    }

    private static TransitLifecycle ApplyChanging(TransitLifecycle lifecycle, TransitStep step, TransitStatus expected)
    {
        var outcome = lifecycle.Apply(step);

        Assert.Null(outcome.Rejection);
        Assert.True(outcome.Changed);
        Assert.Equal(expected, outcome.Lifecycle.Status);
        Assert.Equal(lifecycle.OnHold, outcome.Lifecycle.OnHold);
        return outcome.Lifecycle;
    }

    private static TransitLifecycle ApplyChangingHold(TransitLifecycle lifecycle, TransitStep step, bool onHold)
    {
        var outcome = lifecycle.Apply(step);

        Assert.Null(outcome.Rejection);
        Assert.True(outcome.Changed);
        Assert.Equal(onHold, outcome.Lifecycle.OnHold);
        Assert.Equal(lifecycle.Status, outcome.Lifecycle.Status);
        return outcome.Lifecycle;
    }
}
