using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tracker.Simulator.Protocols.Nmea;

/// <summary>
/// A small NMEA feed, the kind a provider or an AIS-catcher serves: a TCP server on 127.0.0.1 that writes the
/// sentences it is given to every client connected (the tracker's feed client connects to it).
/// </summary>
public sealed class NmeaFeedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<NetworkStream> _clients = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public NmeaFeedServer()
    {
        _listener.Start();
        _accepting = Accept();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>host:port, as <c>Gateways:Nmea:Feeds</c> takes it.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    public int Clients
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Completes once a client is connected.</summary>
    public Task WaitForClient(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return _clients.Count > 0 ? Task.CompletedTask : _connected.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Writes the lines (CRLF after each) to every connected client; a client that fails is dropped.</summary>
    public async Task Send(IEnumerable<string> lines, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\r\n")));
        NetworkStream[] clients;
        lock (_lock)
        {
            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            try
            {
                await client.WriteAsync(bytes, cancellationToken);
                await client.FlushAsync(cancellationToken);
            }
            catch (IOException)
            {
                lock (_lock)
                {
                    _clients.Remove(client);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping.
        }

        lock (_lock)
        {
            foreach (var c in _clients)
            {
                c.Dispose();
            }

            _clients.Clear();
        }

        _stop.Dispose();
    }

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            lock (_lock)
            {
                _clients.Add(new NetworkStream(socket, ownsSocket: true));
                _connected.TrySetResult();
                _connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
