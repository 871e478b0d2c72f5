using Tracker.Domain.Transit;
using Tracker.Grains.Live;

namespace Tracker.ClusterTests;

/// <summary>What the live index forgets, so that a snapshot holds what the map shows and not the port's whole past.</summary>
public sealed class LiveRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly LiveIndexOptions Options = new() { ClosedRetention = TimeSpan.FromMinutes(10), SilentRetention = TimeSpan.FromHours(24) };

    [Fact]
    public void The_objects_of_a_transit_closed_longer_ago_than_the_retention_are_forgotten_with_it()
    {
        var latest = Index(
            new LiveItem("consignment:T1", LiveKind.Consignment, Now.AddMinutes(-11), ConsignmentMode.Road, Status: "CLOSED", ConsignmentId: "T1"),
            new LiveItem("lock:L1", LiveKind.Lock, Now.AddMinutes(-12), ConsignmentMode.Road, 36, 120, ConsignmentId: "T1"),
            new LiveItem("vehicle:V1", LiveKind.Vehicle, Now.AddMinutes(-12), ConsignmentMode.Road, 36, 120, ConsignmentId: "T1"));

        Assert.Equal(["consignment:T1", "lock:L1", "vehicle:V1"], LiveRetention.Expired(latest, Now, Options).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_transit_closed_a_moment_ago_and_open_ones_are_kept()
    {
        var latest = Index(
            new LiveItem("consignment:T1", LiveKind.Consignment, Now.AddMinutes(-2), ConsignmentMode.Road, Status: "CLOSED", ConsignmentId: "T1"),
            new LiveItem("lock:L1", LiveKind.Lock, Now.AddMinutes(-3), ConsignmentMode.Road, 36, 120, ConsignmentId: "T1"),
            new LiveItem("consignment:T2", LiveKind.Consignment, Now.AddHours(-20), ConsignmentMode.Rail, Status: "IN_TRANSIT", ConsignmentId: "T2"),
            new LiveItem("vehicle:TRAIN", LiveKind.Vehicle, Now.AddHours(-20), ConsignmentMode.Rail, 36, 120, ConsignmentId: "T2"));

        Assert.Empty(LiveRetention.Expired(latest, Now, Options));
    }

    [Fact]
    public void A_lock_bound_to_no_transit_stored_before_they_were_refused_is_forgotten_at_once()
    {
        var latest = Index(
            new LiveItem("lock:INVENTED", LiveKind.Lock, Now, null, 36, 120),
            new LiveItem("lock:L1", LiveKind.Lock, Now, ConsignmentMode.Road, 36, 120, ConsignmentId: "T1"),
            new LiveItem("vehicle:V1", LiveKind.Vehicle, Now, null, 36, 120));

        Assert.Equal(["lock:INVENTED"], LiveRetention.Expired(latest, Now, Options));
    }

    [Fact]
    public void An_object_silent_longer_than_the_retention_is_forgotten()
    {
        var latest = Index(
            new LiveItem("vessel:9512379", LiveKind.Vessel, Now.AddHours(-25), ConsignmentMode.Water, 36, 121),
            new LiveItem("vessel:9482134", LiveKind.Vessel, Now.AddHours(-23), ConsignmentMode.Water, 36, 121));

        Assert.Equal(["vessel:9512379"], LiveRetention.Expired(latest, Now, Options));
    }

    private static Dictionary<string, LiveItem> Index(params LiveItem[] items) => items.ToDictionary(i => i.Id, StringComparer.Ordinal);
}
