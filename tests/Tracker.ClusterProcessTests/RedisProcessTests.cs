using System.Net;
using System.Net.Sockets;
using Tracker.Testing.Processes;

namespace Tracker.ClusterProcessTests;

public sealed class RedisProcessTests
{
    [Fact]
    public async Task Redis_fixture_starts_its_own_server_and_answers()
    {
        var redis = new RedisProcess();
        int port;
        try
        {
            await redis.InitializeAsync();
            port = redis.Port;

            Assert.Equal($"127.0.0.1:{port}", redis.ConnectionString);
            Assert.NotEqual(6379, port); // never the system service's port
            Assert.Equal("+PONG", await redis.SendAsync("PING"));

            // The server on that port is the fixture's own process, keeping nothing on disk.
            var info = await redis.SendAsync("INFO server");
            Assert.Contains($"process_id:{redis.ProcessId}\r\n", info, StringComparison.Ordinal);
            Assert.Contains($"tcp_port:{port}\r\n", info, StringComparison.Ordinal);
            Assert.Equal("+OK", await redis.SendAsync("SET tracker-smoke 1"));
            Assert.Equal("1", await redis.SendAsync("GET tracker-smoke"));
        }
        finally
        {
            await redis.DisposeAsync();
        }

        // Disposed: its port no longer answers.
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }
}
