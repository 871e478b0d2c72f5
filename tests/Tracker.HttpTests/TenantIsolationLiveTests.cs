using Tracker.Testing.Clients;
using Xunit.Abstractions;

namespace Tracker.HttpTests;

/// <summary>
/// The live hub's container view of a box reused between shippers (issue 13 item 1): the snapshot and every delta
/// a tenant receives on "container:{number}" are of its own transits only.
/// </summary>
public sealed class TenantIsolationLiveTests(HostFixture host, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task A_tenant_watching_a_reused_box_gets_its_own_snapshot_and_none_of_the_next_tenants_deltas()
    {
        var (container, t) = (Ids.Container(), Times.Base());
        var (earlier, earlierTenant, earlierLock) = (Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(earlier, earlierTenant, Ids.Unique("office"), [container], [earlierLock]));
        await _api.LockFixesAsync(Bodies.LockFix(earlierLock, 1, t, 36.5, 120.5));
        await _api.EventsAsync(
            Bodies.Event("SEAL", "SEAL", t.AddMinutes(1), container, earlier),
            Bodies.Event("TRANSIT", "TSTR", t.AddMinutes(10), container, earlier),
            Bodies.Event("TRANSIT", "TEND", t.AddHours(1), container, earlier),
            Bodies.Event("SEAL", "UNSL", t.AddHours(1).AddMinutes(5), container, earlier),
            Bodies.Event("TRANSIT", "TCLS", t.AddHours(1).AddMinutes(10), container, earlier));
        var (later, laterTenant, laterLock) = (Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(later, laterTenant, Ids.Unique("office"), [container], [laterLock]));
        await _api.LockFixesAsync(Bodies.LockFix(laterLock, 1, DateTimeOffset.UtcNow, 36.1, 120.1));
        var view = $"container:{container}";

        await using var first = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", earlierTenant));
        await using var second = await LiveClient.ConnectAsync(_api.BaseAddress, await _api.TokenAsync("enterprise", laterTenant));
        var snapshot = await first.SnapshotWithAsync(view, i => Json.Str(i["id"]) == $"lock:{earlierLock}");
        await second.SnapshotWithAsync(view, i => Json.Str(i["id"]) == $"lock:{laterLock}");

        var box = snapshot.Single(i => Json.Str(i!["id"]) == view)!;
        Assert.Equal(earlier, Json.Str(box["consignmentId"]));
        Assert.DoesNotContain(snapshot, i => Json.Str(i!["id"]) == $"lock:{laterLock}" || Json.Str(i!["consignmentId"]) == later);

        // The later tenant's lock moves and its box is held: it hears both, the earlier tenant neither.
        await _api.LockFixesAsync(Bodies.LockFix(laterLock, 2, DateTimeOffset.UtcNow, 36.2, 120.2));
        await second.DeltaAsync(view, i => Json.Str(i["id"]) == $"lock:{laterLock}");

        // The earlier tenant may still hear its own items (the broadcaster can flush a change made before it
        // subscribed after its snapshot: a CI run saw one), never the later tenant's lock, transit or position.
        var heard = await first.DeltasWithinAsync(view, TimeSpan.FromSeconds(2));
        output.WriteLine($"the earlier tenant heard {heard.Count} items: {string.Join("; ", heard.Select(i => i.ToJsonString()))}");
        Assert.DoesNotContain(heard, i => Json.Str(i["id"]) == $"lock:{laterLock}" || Json.Str(i["consignmentId"]) == later
            || i["lat"]?.GetValue<double>() is 36.1 or 36.2);

        await _api.IngestAsAsync(await _api.AdminAsync(), "/api/v1/events", Bodies.Event("TRANSIT", "HOLD", DateTimeOffset.UtcNow, container, later));
        var held = await second.DeltaAsync(view, i => Json.Str(i["id"]) == view && i["held"]?.GetValue<bool>() == true);
        Assert.Equal(later, Json.Str(held["consignmentId"]));
        var mine = await first.DeltaAsync(view, i => Json.Str(i["id"]) == view);
        Assert.Equal(earlier, Json.Str(mine["consignmentId"]));
        Assert.NotEqual(true, mine["held"]?.GetValue<bool>());
        Assert.NotEqual("HELD", Json.Str(mine["status"]));
    }
}
