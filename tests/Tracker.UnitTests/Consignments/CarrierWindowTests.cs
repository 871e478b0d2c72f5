using Tracker.Grains.Consignments;

namespace Tracker.UnitTests.Consignments;

/// <summary>A carrier's track is shown for the consignment's own time only, cut further by what the caller asks.</summary>
public sealed class CarrierWindowTests
{
    private static readonly DateTimeOffset Declared = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closed = Declared.AddHours(10);

    [Fact]
    public void An_open_consignment_without_bounds_runs_from_its_declaration_on() =>
        Assert.Equal((Declared, (DateTimeOffset?)null), ConsignmentCarrier.Window(Declared, null, null, null));

    [Fact]
    public void A_closed_consignment_ends_at_its_closing() =>
        Assert.Equal((Declared, (DateTimeOffset?)Closed), ConsignmentCarrier.Window(Declared, Closed, null, null));

    [Fact]
    public void Bounds_before_the_declaration_or_after_the_closing_are_cut_to_the_consignment() =>
        Assert.Equal((Declared, (DateTimeOffset?)Closed), ConsignmentCarrier.Window(Declared, Closed, Declared.AddDays(-1), Closed.AddDays(1)));

    [Fact]
    public void Bounds_within_the_consignment_are_kept() =>
        Assert.Equal((Declared.AddHours(1), (DateTimeOffset?)Declared.AddHours(2)), ConsignmentCarrier.Window(Declared, Closed, Declared.AddHours(1), Declared.AddHours(2)));

    [Fact]
    public void A_window_wholly_before_the_declaration_or_after_the_closing_is_nothing()
    {
        Assert.Null(ConsignmentCarrier.Window(Declared, Closed, null, Declared.AddMinutes(-1)));
        Assert.Null(ConsignmentCarrier.Window(Declared, Closed, Closed.AddMinutes(1), null));
    }
}
