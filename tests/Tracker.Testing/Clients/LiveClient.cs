using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.Testing.Clients;

/// <summary>
/// A browser's view of the live hub: connects with a token in the query, as SignalR clients
/// do, and collects every "snapshot" and "deltas" message it receives.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly LiveMessages<JsonArray, JsonObject> _messages;

    private LiveClient(Uri baseAddress, string token)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        _messages = new(_connection, alert => [alert]);
    }

    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, string token)
    {
        var client = new LiveClient(baseAddress, token);
        await client._connection.StartAsync();
        return client;
    }

    /// <summary>Subscribes and returns the snapshot that answers it.</summary>
    public async Task<JsonArray> SubscribeAsync(string view)
    {
        await _connection.InvokeAsync("Subscribe", view);
        return (await NextAsync(m => m.Kind == "snapshot" && m.View == view)).Items;
    }

    /// <summary>
    /// Subscribes again until the snapshot holds an item that matches (the live index has a change
    /// within a tick or two of its report) and returns that snapshot.
    /// </summary>
    public async Task<JsonArray> SnapshotWithAsync(string view, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var snapshot = await SubscribeAsync(view);
            if (snapshot.Any(i => match(i!.AsObject())))
            {
                return snapshot;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no snapshot of {view} held a matching item in time");
            }

            await Task.Delay(100);
        }
    }

    public Task UnsubscribeAsync(string view) => _connection.InvokeAsync("Unsubscribe", view);

    /// <summary>Waits for a deltas message of the view holding an item that matches.</summary>
    public async Task<JsonObject> DeltaAsync(string view, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var (_, _, items) = await NextAsync(m => m.Kind == "deltas" && m.View == view && m.Items.Any(i => match(i!.AsObject())), timeout);
        return items.First(i => match(i!.AsObject()))!.AsObject();
    }

    /// <summary>
    /// Every item of the view's deltas messages up to and including the first that holds a match: what the
    /// client was shown on the way, so a test can tell that something else never arrived before it.
    /// </summary>
    public async Task<List<JsonObject>> DeltasUntilAsync(string view, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var seen = new List<JsonObject>();
        await NextAsync(
            m =>
            {
                if (m.Kind != "deltas" || m.View != view)
                {
                    return false;
                }

                seen.AddRange(m.Items.Select(i => i!.AsObject()));
                return m.Items.Any(i => match(i!.AsObject()));
            },
            timeout);
        return seen;
    }

    /// <summary>Waits for an alert message that matches.</summary>
    public async Task<JsonObject> AlertAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var (_, _, items) = await NextAsync(m => m.Kind == "alert" && match(m.Items[0]!.AsObject()), timeout);
        return items[0]!.AsObject();
    }

    /// <summary>Every item of the view's deltas messages that arrive within the window (the window is waited out).</summary>
    public async Task<List<JsonObject>> DeltasWithinAsync(string view, TimeSpan window)
    {
        var seen = new List<JsonObject>();
        try
        {
            await NextAsync(
                m =>
                {
                    if (m.Kind == "deltas" && m.View == view)
                    {
                        seen.AddRange(m.Items.Select(i => i!.AsObject()));
                    }

                    return false;
                },
                window);
        }
        catch (TimeoutException)
        {
            // The window is over: what arrived in it is the answer.
        }

        return seen;
    }

    /// <summary>True when no deltas message for the view arrives within the window.</summary>
    public async Task<bool> QuietAsync(string view, TimeSpan window)
    {
        try
        {
            await NextAsync(m => m.Kind == "deltas" && m.View == view, window);
            return false;
        }
        catch (TimeoutException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private Task<(string Kind, string View, JsonArray Items)> NextAsync(Func<(string Kind, string View, JsonArray Items), bool> match, TimeSpan? timeout = null) =>
        _messages.NextAsync(match, timeout);
}
