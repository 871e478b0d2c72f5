using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tracker.Testing.Network;
using Tracker.Testing.Paths;
using Xunit;

namespace Tracker.Testing.Processes;

/// <summary>
/// One Azurite emulator for a test class: installed once per machine into <c>.tools/azurite</c> at the
/// repository root, started on free loopback ports over a temporary folder, and stopped with the fixture.
/// It serves blobs (grain state, tracks, journals) and tables (Orleans' Azure Table membership); its
/// <see cref="ConnectionString"/> names both endpoints. A failure drill takes it away mid-test
/// (<see cref="Stop"/>, <see cref="Pause"/>) and brings it back on the same ports and data
/// (<see cref="Restart"/>, <see cref="Resume"/>).
/// </summary>
public sealed class AzuriteProcess : IAsyncLifetime
{
    public const string Version = "3.37.0";
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ProcessLog _output = new();
    private Process? _process;
    private string? _location;
    private string? _script;
    private int _queuePort;

    public int BlobPort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>The operating system's id of the running emulator (a drill stops exactly this one).</summary>
    public int ProcessId => _process is { HasExited: false } process ? process.Id : throw new InvalidOperationException("Azurite is not running.");

    /// <summary>An Azure Storage connection string for both the blob and the table service.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public async Task InitializeAsync()
    {
        _script = await InstallAsync();
        var ports = FreePort.Distinct(3);
        BlobPort = ports[0];
        _queuePort = ports[1];
        TablePort = ports[2];
        _location = Path.Combine(Path.GetTempPath(), $"azurite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_location);
        await StartProcessAsync();
    }

    /// <summary>
    /// An outage: the emulator shuts down as a storage service does when it is stopped (SIGTERM:
    /// it writes its metadata out and closes its ports), and nothing answers until
    /// <see cref="Restart"/>. Not SIGKILL: Azurite keeps its blob index in memory and saves it
    /// every 5 s, so a killed emulator forgets blocks it had acknowledged, which real Azure
    /// Storage never does; a drill would then measure the emulator, not Tracker.
    /// </summary>
    public async Task Stop()
    {
        var process = _process ?? throw new InvalidOperationException("Azurite is not running.");
        await Signals.Send(process.Id, "TERM");
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        process.Dispose();
        _process = null;
    }

    /// <summary>The end of an outage: the same ports, the same data folder, so every stored blob is there again.</summary>
    public async Task Restart()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("Azurite is still running; stop it first.");
        }

        await StartProcessAsync();
    }

    /// <summary>A hang: the emulator keeps its ports open and answers nothing (SIGSTOP) until <see cref="Resume"/>.</summary>
    public Task Pause() => Signals.Send(ProcessId, "STOP");

    /// <summary>The end of a hang (SIGCONT): the requests it held are answered.</summary>
    public Task Resume() => Signals.Send(ProcessId, "CONT");

    private async Task StartProcessAsync()
    {
        _process = OwnedProcess.Start("node", [
            _script!,
            "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
            "--location", _location!,
            // The Blob SDK speaks a newer API version than this Azurite knows.
            "--skipApiVersionCheck",
            "--disableTelemetry",
            "--silent",
        ], _output);

        await WaitUntilPortsAnswerAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            try
            {
                // A paused emulator is not reaped after SIGKILL until it runs again.
                await Signals.Send(_process.Id, "CONT");
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }

        await OwnedProcess.Stop(_process, _location);
        _process = null;
        _location = null;
    }

    private Task WaitUntilPortsAnswerAsync() =>
        OwnedProcess.WaitUntilAnswering(_process!, $"Azurite on blob port {BlobPort} and table port {TablePort}", _output, StartTimeout, async () =>
        {
            foreach (var port in (int[])[BlobPort, TablePort])
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
            }

            return true;
        });

    /// <summary>The Azurite entry script, installing the package first if this machine lacks it.</summary>
    private static async Task<string> InstallAsync()
    {
        var directory = Path.Combine(Repository.Root, ".tools", "azurite");
        var script = Path.Combine(directory, "node_modules", "azurite", "dist", "src", "azurite.js");

        // Written only after npm succeeded, so an install cut short is redone rather than half-used.
        var installed = Path.Combine(directory, $".installed-{Version}");
        if (File.Exists(installed) && File.Exists(script))
        {
            return script;
        }

        Directory.CreateDirectory(directory);

        // Test processes run in parallel: one installs while the others wait on the lock, then find it done.
        using var installLock = await InstallLock.Acquire(Path.Combine(directory, ".install.lock"), InstallTimeout);
        if (File.Exists(installed) && File.Exists(script))
        {
            return script;
        }

        var (exitCode, output) = await InstallCommand.RunAsync(
            "npm", ["install", "--prefix", directory, $"azurite@{Version}", "--no-audit", "--no-fund"], InstallTimeout);
        if (exitCode != 0 || !File.Exists(script))
        {
            throw new InvalidOperationException($"npm install azurite@{Version} into {directory} failed with code {exitCode}:\n{output}");
        }

        await File.WriteAllTextAsync(installed, $"azurite@{Version}\n");

        return script;
    }
}
