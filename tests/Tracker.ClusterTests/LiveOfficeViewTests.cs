using System.Collections.Immutable;
using System.Text.Json;
using Tracker.Domain.Transit;
using Tracker.Grains.Live;
using Tracker.Grains.Locks;

namespace Tracker.ClusterTests;

/// <summary>
/// A customs office's flow views (issue 13 item 3): which items an office's key shows, what it shows of a vessel,
/// and that the offices an item belongs to survive the live index's storage but never reach a client.
/// </summary>
public sealed class LiveOfficeViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static LiveItem Lock(string id, params string[] offices) =>
        new($"lock:{id}", LiveKind.Lock, Now, ConsignmentMode.Road, 36, 120, ConsignmentId: "T", Containers: ["MSCU1234565"],
            Offices: offices.Length == 0 ? null : [.. offices]);

    private static readonly LiveItem Vessel = new(
        "vessel:9512379", LiveKind.Vessel, Now, ConsignmentMode.Water, 36, 121, Containers: ["AAAU1111111", "BBBU2222222", "CCCU3333333"],
        ContainersByOffice: ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
            KeyValuePair.Create("QD", ImmutableArray.Create("AAAU1111111")),
            KeyValuePair.Create("XM", ImmutableArray.Create("BBBU2222222"))]));

    [Fact]
    public void An_offices_flow_view_shows_its_own_transits_items_and_vessels_and_nothing_of_other_offices()
    {
        var road = LiveViews.ForOffice(LiveViews.Road, "QD");
        var overview = LiveViews.ForOffice(LiveViews.Overview, "QD");

        Assert.True(LiveViews.Shows(road, Lock("mine", "XM", "QD")));
        Assert.False(LiveViews.Shows(road, Lock("theirs", "XM")));
        Assert.False(LiveViews.Shows(road, Lock("unbound")));
        Assert.True(LiveViews.Shows(overview, Vessel));
        Assert.False(LiveViews.Shows(road, Vessel));
        Assert.True(LiveViews.Shows(LiveViews.Road, Lock("theirs", "XM")));
    }

    [Fact]
    public void An_office_key_names_its_view_and_office_and_no_other_key_is_one()
    {
        Assert.True(LiveViews.IsForOffice(LiveViews.ForOffice(LiveViews.Water, "QD:1"), out var view, out var office));
        Assert.Equal((LiveViews.Water, "QD:1"), (view, office));
        Assert.Equal(LiveViews.Water, LiveViews.ViewOf(LiveViews.ForOffice(LiveViews.Water, "QD")));
        Assert.False(LiveViews.IsForOffice("container:MSCU1234565", out _, out _));
        Assert.False(LiveViews.Shows(LiveViews.ForOffice("container:MSCU1234565", "QD"), Lock("mine", "QD")));
    }

    [Fact]
    public void An_office_sees_a_vessel_with_its_own_boxes_aboard_and_no_client_sees_whose_offices_anything_is()
    {
        var shown = LiveViews.Project(LiveViews.ForOffice(LiveViews.Water, "QD"), Vessel);
        var none = LiveViews.Project(LiveViews.ForOffice(LiveViews.Water, "TJ"), Vessel);
        var control = LiveViews.Project(LiveViews.Water, Vessel);

        Assert.Equal(["AAAU1111111"], shown.Containers.ToArray());
        Assert.Empty(none.Containers);
        Assert.Equal(Vessel.Containers.ToArray(), control.Containers.ToArray());
        Assert.All(new[] { shown, none, control, LiveViews.Project(LiveViews.Road, Lock("mine", "QD")) }, item =>
            Assert.Equal((null, null), (item.Offices, item.ContainersByOffice)));
    }

    [Fact]
    public void The_offices_of_an_item_survive_the_json_the_live_index_is_stored_in()
    {
        var stored = JsonSerializer.Deserialize<LiveItem>(JsonSerializer.Serialize(Vessel with { Offices = ["QD"] }))!;

        Assert.Equal(["QD"], stored.Offices!.Value.ToArray());
        Assert.Equal(["AAAU1111111"], stored.ContainersByOffice!["QD"].ToArray());
    }

    [Fact]
    public void A_lock_bound_again_for_the_same_transit_is_the_same_binding_whatever_its_offices()
    {
        var stored = new LockBinding("T", "MSCU1234565", ConsignmentMode.Road, ["QD"]);

        Assert.Equal(stored, new LockBinding("T", "MSCU1234565", ConsignmentMode.Road, ["QD"]));
        Assert.Equal(stored, new LockBinding("T", "MSCU1234565", ConsignmentMode.Road));
        Assert.NotEqual(stored, new LockBinding("T2", "MSCU1234565", ConsignmentMode.Road, ["QD"]));
    }
}
