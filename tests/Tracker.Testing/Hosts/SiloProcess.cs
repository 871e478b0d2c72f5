using System.Diagnostics;
using Tracker.Testing.Network;
using Tracker.Testing.Paths;

namespace Tracker.Testing.Hosts;

/// <summary>
/// The real host as its own process on loopback ports, started, stopped (SIGTERM, as an
/// orchestrator stops it) or killed (SIGKILL) by the test. Its ports and store stay the same
/// across restarts, and its log is kept whole across them.
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

    /// <summary>The running host's process id (a benchmark reads its working set); null when it is not running.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

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

    /// <summary>Every line the host printed so far, over all its runs, for a test that looks for one.</summary>
    public IReadOnlyList<string> LogLines
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Starts the host and returns once it reports ready (its journal replayed).</summary>
    public Task Start() => Start("/health/ready");

    /// <summary>Starts the host and returns once it acknowledges fixes, which after a crash is before its journal's replay ends.</summary>
    public Task StartTakingFixes() => Start("/health/ingest");

    private async Task Start(string health)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[
            Repository.SiloDll,
            $"--urls=http://127.0.0.1:{_httpPort}",
            $"--Orleans:SiloPort={_siloPort}",
            $"--Orleans:GatewayPort={_gatewayPort}",
            "--Auth:DevTokens=true",
            "--Simulator:Enabled=false",
            "--Gateways:Jt808:Port=",
            "--Gateways:Nmea:TcpPort=",
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
                // HasExited can be seen before the last lines reach the output handlers; this waits for them.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"the silo exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync(new Uri(health, UriKind.Relative))).IsSuccessStatusCode)
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

        throw new TimeoutException($"the silo did not answer {health} in 90 s:\n{Log}");
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

    /// <summary>
    /// SIGTERM, as docker, systemd or Kubernetes stop a host: the host runs its shutdown (hosted
    /// services' StopAsync, the silo leaving the cluster) and exits by itself.
    /// </summary>
    /// <returns>The exit code, or null if the host was still running after <paramref name="timeout"/>
    /// (it is then left running: the caller decides, and disposing kills it).</returns>
    public async Task<int?> Stop(TimeSpan timeout)
    {
        if (_process is not { } process)
        {
            throw new InvalidOperationException("the silo was never started");
        }

        if (!process.HasExited)
        {
            // .NET sends only SIGKILL (Process.Kill); procps' kill sends the signal a host handles.
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
                ?? throw new InvalidOperationException("kill did not start");
            await signal.WaitForExitAsync();
        }

        using var bound = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return process.ExitCode;
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
