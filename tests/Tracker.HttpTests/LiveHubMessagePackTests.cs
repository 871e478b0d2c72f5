using System.Text.Json.Nodes;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>
/// The live hub on the MessagePack protocol, through the real host: the same messages as on JSON, with the
/// same field names and values, read by a client that knows nothing of the server's types.
/// </summary>
public sealed class LiveHubMessagePackTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    [Fact]
    public async Task A_MessagePack_client_gets_snapshots_deltas_and_alerts_with_the_JSON_field_names_and_values()
    {
        var (id, container, lockId) = (Ids.Unique("tr"), Ids.Container(), Ids.Unique("lock"));
        await _api.DeclareAsync(Bodies.RoadDeclaration(id, Ids.Unique("tenant"), Ids.Unique("office"), [container], [lockId]));
        var t = Times.Base();
        await _api.EventsAsync(Bodies.Event("SEAL", "SEAL", t, container, id), Bodies.Event("TRANSIT", "TSTR", t, container, id));
        var token = await _api.ControlAsync();
        await using var packed = await MessagePackLiveClient.ConnectAsync(_api.BaseAddress, token);
        await using var json = await LiveClient.ConnectAsync(_api.BaseAddress, token);
        foreach (var view in new[] { "road", "alerts" })
        {
            await packed.SubscribeAsync(view);
            await json.SubscribeAsync(view);
        }

        // A fix on the corridor, then the seal reported opened far from any unsealing zone: an OPEN alert.
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 1, t.AddMinutes(1), 36.05, 120.2));
        var delta = await packed.DeltaAsync("road", $"lock:{lockId}");
        var jsonDelta = await json.DeltaAsync("road", i => Json.Str(i["id"]) == $"lock:{lockId}");
        await _api.LockFixesAsync(Bodies.LockFix(lockId, 2, t.AddMinutes(2), 36.04, 120.1, seal: "opened"));
        var alert = await packed.AlertAsync(a => Equals(a["consignmentId"], id) && Equals(a["type"], "OPEN"));
        var jsonAlert = await json.AlertAsync(a => Json.Str(a["consignmentId"]) == id && Json.Str(a["type"]) == "OPEN");
        var snapshot = await packed.SubscribeAsync($"container:{container}");

        Assert.Equal(Names(jsonDelta), delta.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("LOCK", "ROAD", "sealed", 36.05, 120.2), (delta["kind"], delta["mode"], delta["status"], delta["lat"], delta["lon"]));
        Assert.Equal(t.AddMinutes(1).UtcDateTime, delta["time"]);
        Assert.Equal([container], (object?[])delta["containers"]!);
        Assert.DoesNotContain("eta", delta.Keys);

        Assert.Equal(Names(jsonAlert), alert.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((Json.Str(jsonAlert["id"]), "CRITICAL", "OPEN", lockId), (alert["id"], alert["severity"], alert["status"], alert["device"]));
        Assert.Equal(Times.Parse(jsonAlert["raisedAt"]).UtcDateTime, alert["raisedAt"]);
        Assert.Equal([container], (object?[])alert["containers"]!);
        var evidence = MessagePackLiveClient.Map(alert["evidence"]);
        Assert.Equal(Json.Str(jsonAlert["evidence"]!["summary"]), evidence["summary"]);
        Assert.Equal("opened", MessagePackLiveClient.Map(((object?[])evidence["track"]!)[^1])["seal"]);
        Assert.Equal(36.04, (double)MessagePackLiveClient.Map(alert["position"])["lat"]!, 6);

        Assert.Contains(snapshot, i => Equals(i["id"], $"container:{container}") && Equals(i["kind"], "CONTAINER") && Equals(i["consignmentId"], id));
        Assert.Contains(snapshot, i => Equals(i["id"], $"lock:{lockId}") && Equals(i["held"], false) && i["time"] is DateTime);
    }

    private static IEnumerable<string> Names(JsonObject item) => item.Select(f => f.Key).Order(StringComparer.Ordinal);
}
