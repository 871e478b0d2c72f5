using System.Text.Json;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;

namespace Tracker.UnitTests.Limits;

/// <summary>The deduplication window of a grain's event ids (issue 13 item 7).</summary>
public sealed class RecentIdSetTests
{
    [Fact]
    public void Keeps_the_newest_ids_and_still_refuses_a_duplicate_among_them()
    {
        var ids = new RecentIdSet(3);

        Assert.True(ids.Add("a") & ids.Add("b") & ids.Add("c") & ids.Add("d"));

        Assert.False(ids.Add("d"));
        Assert.Equal(["b", "c", "d"], ids);
        Assert.DoesNotContain("a", ids);
    }

    [Fact]
    public void A_stored_state_reads_back_bounded_and_in_order_even_one_stored_before_the_bound()
    {
        // A state written while the ids were an unbounded set: more ids than the window holds.
        var legacy = JsonSerializer.Serialize(new { AppliedEvents = Enumerable.Range(0, VesselState.MaxAppliedEvents + 10).Select(i => $"ev-{i}") });

        var state = JsonSerializer.Deserialize<VesselState>(legacy)!;
        var again = JsonSerializer.Deserialize<VesselState>(JsonSerializer.Serialize(state))!;

        Assert.Equal(VesselState.MaxAppliedEvents, again.AppliedEvents.Count);
        Assert.Equal("ev-10", again.AppliedEvents.First());
        Assert.False(again.AppliedEvents.Add($"ev-{VesselState.MaxAppliedEvents + 9}"));
        Assert.True(again.AppliedEvents.Add("ev-new"));
        Assert.Equal(VesselState.MaxAppliedEvents, again.AppliedEvents.Count);
    }
}
