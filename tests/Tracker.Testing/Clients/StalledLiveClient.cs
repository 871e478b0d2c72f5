using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Tracker.Testing.Clients;

/// <summary>
/// A live-hub client that subscribes and then never reads again, like a browser tab on a dead mobile
/// link: a raw WebSocket (SignalR's JSON protocol by hand) over a socket with a tiny receive buffer,
/// so that what the host sends it backs up into the host after a little.
/// </summary>
public sealed class StalledLiveClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;

    private StalledLiveClient(ClientWebSocket socket, HttpMessageInvoker invoker)
    {
        _socket = socket;
        _invoker = invoker;
    }

    /// <summary>Connects, subscribes to the view, waits for the subscription's completion, and from then on reads nothing.</summary>
    public static async Task<StalledLiveClient> SubscribeAndStallAsync(Uri baseAddress, string token, string view)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var invoker = new HttpMessageInvoker(handler);
        var ws = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(baseAddress, "/hubs/live")) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await ws.ConnectAsync(uri, invoker, CancellationToken.None);
        var client = new StalledLiveClient(ws, invoker);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        await client.SendAsync($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Subscribe\",\"arguments\":[\"{view}\"]}}");
        await client.ReadUntilAsync("\"type\":3");
        return client;
    }

    private Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadUntilAsync(string marker)
    {
        var received = new StringBuilder();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!received.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"the hub closed the connection: {received}");
            }

            received.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        return ValueTask.CompletedTask;
    }
}
