using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Testing.Clients;

namespace Tracker.HttpTests;

/// <summary>
/// A client of the live hub on the MessagePack protocol with MessagePack's default options, as a client
/// that knows nothing of the server's types has it: every map arrives as a dictionary keyed by the field
/// names on the wire, every time as a DateTime.
/// </summary>
public sealed class MessagePackLiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly LiveMessages<object?[], object?> _messages;

    private MessagePackLiveClient(Uri baseAddress, string token)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol()
            .Build();
        _messages = new(_connection, alert => [alert]);
    }

    public static async Task<MessagePackLiveClient> ConnectAsync(Uri baseAddress, string token)
    {
        var client = new MessagePackLiveClient(baseAddress, token);
        await client._connection.StartAsync();
        return client;
    }

    /// <summary>A map as it arrived: field name to value.</summary>
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        ((IDictionary<object, object?>)value!).ToDictionary(f => (string)f.Key, f => f.Value, StringComparer.Ordinal);

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SubscribeAsync(string view)
    {
        await _connection.InvokeAsync("Subscribe", view);
        return [.. (await NextAsync(m => m.Kind == "snapshot" && m.View == view)).Items.Select(Map)];
    }

    public async Task<IReadOnlyDictionary<string, object?>> DeltaAsync(string view, string id)
    {
        var (_, _, items) = await NextAsync(m => m.Kind == "deltas" && m.View == view && m.Items.Any(i => Equals(Map(i)["id"], id)));
        return items.Select(Map).First(i => Equals(i["id"], id));
    }

    public async Task<IReadOnlyDictionary<string, object?>> AlertAsync(Func<IReadOnlyDictionary<string, object?>, bool> match) =>
        Map((await NextAsync(m => m.Kind == "alert" && match(Map(m.Items[0])))).Items[0]);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private Task<(string Kind, string View, object?[] Items)> NextAsync(Func<(string Kind, string View, object?[] Items), bool> match) =>
        _messages.NextAsync(match);
}
