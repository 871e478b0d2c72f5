using System.Diagnostics;
using Tracker.Testing.Network;
using Tracker.Testing.Paths;

namespace Tracker.Testing.Hosts;

/// <summary>
/// The real host as its own process on loopback ports, started and stopped (or killed with
/// SIGKILL) by the test. Its ports and store stay the same across restarts.
/// </summary>
public sealed class SiloProcess(IReadOnlyList<string> storageArgs) : IAsyncDisposable
{
    private readonly int _httpPort = FreePort.Next();
    private readonly int _siloPort = FreePort.Next();
    private readonly int _gatewayPort = FreePort.Next();
    private readonly List<string> _log = [];
    private Process? _process;

    public Uri BaseAddress => new($"http://127.0.0.1:{_httpPort}");

    public int SiloPort => _siloPort;

    public int GatewayPort => _gatewayPort;

    /// <summary>Settings that depend on the ports above (cluster topology); they come last and win.</summary>
    public IReadOnlyList<string> ExtraArgs { get; set; } = [];

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(80));
            }
        }
    }

    public async Task Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[
            Repository.SiloDll,
            $"--urls=http://127.0.0.1:{_httpPort}",
            $"--Orleans:SiloPort={_siloPort}",
            $"--Orleans:GatewayPort={_gatewayPort}",
            "--Auth:DevTokens=true",
            "--Simulator:Enabled=false",
            "--Journal:CheckpointSeconds=2",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Tracker=Information",
            .. storageArgs,
            .. ExtraArgs])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the silo did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the silo was not ready in 90 s:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no last checkpoint, no flush.</summary>
    public async Task Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }
}
