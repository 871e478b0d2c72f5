using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Tracker.Testing.Waiting;

namespace Tracker.HttpTests.ArrivalDeletions;

/// <summary>Subscribed to "arrival-deletions", each party's client hears of every change of its own requests and of no others.</summary>
public sealed class ArrivalDeletionLiveTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HostApi _api = host.Api;

    private sealed class Listener : IAsyncDisposable
    {
        private readonly HubConnection _connection;

        private Listener(HubConnection connection)
        {
            _connection = connection;
            _connection.On<JsonObject>("arrivalDeletion", r => Received.Enqueue(r));
        }

        public ConcurrentQueue<JsonObject> Received { get; } = new();

        public static async Task<Listener> SubscribeAsync(Uri address, string token)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .Build();
            var listener = new Listener(connection);
            await connection.StartAsync();
            await connection.InvokeAsync("Subscribe", "arrival-deletions");
            return listener;
        }

        public Task HeardAsync(string id, string status) => Eventually.True(
            () => Received.Any(r => Json.Str(r["id"]) == id && Json.Str(r["status"]) == status),
            TimeSpan.FromSeconds(15),
            () => $"no arrivalDeletion {id} {status}; heard {string.Join(", ", Received.Select(r => $"{Json.Str(r["id"])} {Json.Str(r["status"])}"))}");

        public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
    }

    [Fact]
    public async Task The_enterprise_the_terminal_and_the_office_hear_each_step_of_their_request()
    {
        var p = await DeletionParties.PrepareAsync(_api);
        var q = await DeletionParties.PrepareAsync(_api);
        await using var enterprise = await Listener.SubscribeAsync(_api.BaseAddress, await p.EnterpriseAsync());
        await using var terminal = await Listener.SubscribeAsync(_api.BaseAddress, await p.TerminalAsync());
        await using var customs = await Listener.SubscribeAsync(_api.BaseAddress, await p.CustomsAsync());
        await using var control = await Listener.SubscribeAsync(_api.BaseAddress, await _api.ControlAsync());
        await using var stranger = await Listener.SubscribeAsync(_api.BaseAddress, await q.EnterpriseAsync());

        var id = Json.Str((await p.CreateAsync())["id"])!;
        await enterprise.HeardAsync(id, "REQUESTED");
        await terminal.HeardAsync(id, "REQUESTED");
        await p.StepOkAsync(id, "confirm", await p.TerminalAsync());
        await enterprise.HeardAsync(id, "TERMINAL_CONFIRMED");
        await customs.HeardAsync(id, "TERMINAL_CONFIRMED");
        await p.StepOkAsync(id, "approve", await p.CustomsAsync());
        await enterprise.HeardAsync(id, "APPROVED");
        await terminal.HeardAsync(id, "APPROVED");
        await control.HeardAsync(id, "APPROVED");

        // The pushed request is the one GET answers.
        var pushed = enterprise.Received.Last(r => Json.Str(r["id"]) == id);
        var read = await _api.GetOkAsync($"/api/v1/arrival-deletions/{id}", await p.EnterpriseAsync());
        Assert.Equal(read["history"]!.ToJsonString(), pushed["history"]!.ToJsonString());
        Assert.Equal(read["attachments"]!.ToJsonString(), pushed["attachments"]!.ToJsonString());

        // Its own request reaches the other tenant's client; this one never does.
        var theirs = Json.Str((await q.CreateAsync())["id"])!;
        await stranger.HeardAsync(theirs, "REQUESTED");
        Assert.DoesNotContain(stranger.Received, r => Json.Str(r["id"]) == id);
        Assert.DoesNotContain(enterprise.Received, r => Json.Str(r["id"]) == theirs);
    }

    [Fact]
    public async Task A_device_may_not_subscribe()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_api.BaseAddress, "/hubs/live"), o => o.AccessTokenProvider = async () => await _api.DeviceAsync())
            .Build();
        await using (connection)
        {
            await connection.StartAsync();
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Subscribe", "arrival-deletions"));
        }
    }
}
