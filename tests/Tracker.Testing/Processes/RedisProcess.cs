using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Tracker.Testing.Network;
using Xunit;

namespace Tracker.Testing.Processes;

/// <summary>
/// A Redis server of the test's own: Debian's <c>redis-server</c> (installed with apt-get if the
/// machine lacks it), started on a free loopback port with nothing persisted, and killed with the
/// fixture. Any other Redis on the machine (a system service on 6379, another test's) is left alone.
/// A failure drill kills it mid-test (<see cref="Kill"/>) and starts it again on the same port
/// (<see cref="Restart"/>), empty, as a Redis without persistence comes back.
/// </summary>
public sealed class RedisProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] Candidates = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

    private readonly ProcessLog _output = new();
    private Process? _process;
    private string? _directory;
    private string? _server;

    public int Port { get; private set; }

    /// <summary>The operating system's id of this fixture's server, to tell it from any other Redis.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("Redis has not been started.");

    /// <summary>A StackExchange.Redis configuration string, as <c>Cluster:Redis</c> takes it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        var server = _server = await InstallAsync();
        _directory = Path.Combine(Path.GetTempPath(), $"redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);

        try
        {
            // A port is only free until someone takes it: retry on a fresh one if another process won the race.
            for (var attempt = 1; ; attempt++)
            {
                Port = FreePort.Next();
                Start(server);
                try
                {
                    await WaitUntilItAnswersAsync();
                    return;
                }
                catch (InvalidOperationException) when (attempt < 3 && _process!.HasExited)
                {
                    _process.Dispose();
                    _process = null;
                }
            }
        }
        catch
        {
            // A server that never answered is not left running behind a failed fixture.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await OwnedProcess.Stop(_process, _directory);
        _process = null;
        _directory = null;
    }

    /// <summary>SIGKILL to this fixture's server, by its id: every connection drops, nothing is saved.</summary>
    public async Task Kill()
    {
        var process = _process ?? throw new InvalidOperationException("Redis is not running.");
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>A new server on the same port (and folder), empty; returns once it answers PING.</summary>
    public async Task Restart()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("Redis is still running; kill it first.");
        }

        Start(_server!);
        await WaitUntilItAnswersAsync();
    }

    /// <summary>Sends one inline command and answers Redis's first reply line (e.g. "+PONG").</summary>
    public async Task<string> SendAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var line = await reader.ReadLineAsync() ?? throw new IOException($"Redis on {Port} closed the connection on '{command}'.");
        if (!line.StartsWith('$') || !int.TryParse(line.AsSpan(1), out var length) || length < 0)
        {
            return line;
        }

        // A bulk string: its length in bytes, then the bytes and CRLF.
        var body = new char[length];
        var read = 0;
        while (read < length)
        {
            var n = await reader.ReadAsync(body.AsMemory(read, length - read));
            if (n == 0)
            {
                throw new IOException($"Redis on {Port} closed the connection in the middle of a reply.");
            }

            read += n;
        }

        return new string(body);
    }

    private void Start(string server)
    {
        _process = OwnedProcess.Start(server, [
            "--port", $"{Port}",
            "--bind", "127.0.0.1",
            // No RDB snapshots and no append-only file: the server's data lives as long as the test.
            "--save", "",
            "--appendonly", "no",
            "--protected-mode", "yes",
            "--daemonize", "no",
            "--dir", _directory!,
        ], _output, _directory);
    }

    // The PONG must come from this process, not from a server that took the port first.
    private Task WaitUntilItAnswersAsync() =>
        OwnedProcess.WaitUntilAnswering(_process!, $"redis-server on port {Port}", _output, StartTimeout, async () =>
            await SendAsync("PING").WaitAsync(TimeSpan.FromSeconds(2)) == "+PONG"
            && (await SendAsync("INFO server").WaitAsync(TimeSpan.FromSeconds(2))).Contains($"process_id:{_process!.Id}\r\n", StringComparison.Ordinal));

    /// <summary>The redis-server executable, installing Debian's package first if the machine lacks it.</summary>
    private static async Task<string> InstallAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        await DebianPackages.EnsureAsync(("redis-server", Candidates[0]));
        return Find() ?? throw new InvalidOperationException("apt-get installed redis-server, yet no redis-server executable was found.");
    }

    private static string? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "redis-server"));
        return onPath.Concat(Candidates).FirstOrDefault(File.Exists);
    }
}
