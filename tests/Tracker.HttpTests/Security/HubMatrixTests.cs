using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;
using Tracker.Grains.Live;
using Xunit.Abstractions;

namespace Tracker.HttpTests.Security;

/// <summary>Issue 13 item 8, the live hub: every caller subscribes to every view and gets what <see cref="HubTable"/> says.</summary>
public sealed class HubMatrixTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    [Fact]
    public void Every_view_the_hub_declares_has_a_row()
    {
        var declared = HubTable.DeclaredViews();
        Assert.Equal(declared.Order(StringComparer.Ordinal), HubTable.Rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(HubTable.Rows, r => Assert.Equal(Callers.All.Count, r.Value.Length));
    }

    [Fact]
    public async Task Every_caller_meets_every_view_as_the_table_says()
    {
        var results = await Task.WhenAll(Callers.All.Select((caller, column) => CallerMeetsViewsAsync(caller, column)));
        var wrong = results.SelectMany(r => r).ToList();
        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} subscriptions answered against the hub table:\n" + string.Join("\n", wrong));
    }

    /// <summary>Issue 13 item 3: an officer's flow views hold the office's transits only, never another office's.</summary>
    [Fact]
    public async Task Customs_flow_snapshots_hold_no_other_offices_items()
    {
        var (a, b) = (host.A, host.B);
        await using var officerX = await LiveClient.ConnectAsync(host.Address, (await host.TokenAsync(Callers.CustomsX))!);
        await using var officerY = await LiveClient.ConnectAsync(host.Address, (await host.TokenAsync(Callers.CustomsY))!);

        // Both parties' lock items are live (control sees them) before the officers' snapshots are judged.
        await using var control = await LiveClient.ConnectAsync(host.Address, (await host.TokenAsync(Callers.Control))!);
        await control.SnapshotWithAsync(LiveViews.Road, i => Mentions(i, b));
        await control.SnapshotWithAsync(LiveViews.Road, i => Mentions(i, a));

        foreach (var view in LiveViews.Flows)
        {
            var seenByX = await officerX.SubscribeAsync(view);
            var seenByY = await officerY.SubscribeAsync(view);
            Assert.True(!seenByX.Any(i => Mentions(i!.AsObject(), b)), $"customs X's {view} snapshot holds office Y's items: {Ids(seenByX, b)}");
            Assert.True(!seenByY.Any(i => Mentions(i!.AsObject(), a)), $"customs Y's {view} snapshot holds office X's items: {Ids(seenByY, a)}");
        }

        Assert.Contains(await officerX.SubscribeAsync(LiveViews.Road), i => Mentions(i!.AsObject(), a));
    }

    private static string Ids(JsonArray snapshot, Party party) =>
        string.Join(", ", snapshot.Select(i => i!.AsObject()).Where(i => Mentions(i, party)).Select(i => Json.Str(i["id"])));

    /// <summary>
    /// An item of the party's: one of its transits, boxes or locks. Its feeder alone is not: a vessel's AIS position is
    /// public, and every officer sees it, with only its own office's boxes aboard.
    /// </summary>
    private static bool Mentions(JsonObject item, Party party)
    {
        var text = item.ToJsonString();
        return party.Consignments.Any(c => text.Contains($"\"{c}\"", StringComparison.Ordinal))
            || party.Boxes.Any(c => text.Contains($"\"{c}\"", StringComparison.Ordinal))
            || text.Contains($"\"lock:{party.RoadLock}\"", StringComparison.Ordinal);
    }

    private async Task<List<string>> CallerMeetsViewsAsync(string caller, int column)
    {
        var wrong = new List<string>();
        var token = await host.TokenAsync(caller);
        if (token is null)
        {
            // Anonymous: the connection is refused before any view is asked for.
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(""));
            if (!HubTable.Rows.Values.All(r => r[column] == 'U') || refused is not HttpRequestException { StatusCode: HttpStatusCode.Unauthorized })
            {
                wrong.Add($"{caller}: expected the connection refused with 401, got {refused.GetType().Name}: {refused.Message}");
            }

            return wrong;
        }

        foreach (var (view, row) in HubTable.Rows)
        {
            await using var connection = await ConnectAsync(token);
            var name = view switch
            {
                "container:A" => LiveViews.ContainerPrefix + host.A.RoadBox,
                "container:B" => LiveViews.ContainerPrefix + host.B.RoadBox,
                _ => view,
            };
            var got = await connection.SubscribeAsync(name);
            if (got != row[column])
            {
                wrong.Add($"{view} as {caller}: expected {row[column]}, got {got}");
            }
        }

        return wrong;
    }

    private async Task<HubSession> ConnectAsync(string token) => await HubSession.ConnectAsync(host.Address, token);
}
