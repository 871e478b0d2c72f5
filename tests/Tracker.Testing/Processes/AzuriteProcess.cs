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

    public int BlobPort { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};";

    public async Task InitializeAsync()
    {
        var script = await InstallAsync();
        var ports = FreePort.Distinct(3);
        BlobPort = ports[0];
        _location = Path.Combine(Path.GetTempPath(), $"azurite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_location);

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            script,
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
            "--location", _location,
            // The Blob SDK speaks a newer API version than this Azurite knows.
            "--skipApiVersionCheck",
            "--disableTelemetry",
            "--silent",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _output.Attach(_process);

        await WaitUntilBlobPortAnswersAsync();
    }

    public async Task DisposeAsync()
    {
        await OwnedProcess.Stop(_process, _location);
        _process = null;
        _location = null;
    }

    private async Task WaitUntilBlobPortAnswersAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} at start:\n{_output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, BlobPort);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"Azurite did not answer on blob port {BlobPort} within {StartTimeout}:\n{_output}", e);
            }
        }
    }

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

        var install = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", "--prefix", directory, $"azurite@{Version}", "--no-audit", "--no-fund" })
        {
            install.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(install) ?? throw new InvalidOperationException("Could not start npm to install Azurite.");
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(InstallTimeout))
        {
            try
            {
                await npm.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                npm.Kill(entireProcessTree: true);
                throw new TimeoutException($"npm install azurite@{Version} took longer than {InstallTimeout}.");
            }
        }

        if (npm.ExitCode != 0 || !File.Exists(script))
        {
            throw new InvalidOperationException(
                $"npm install azurite@{Version} into {directory} failed with code {npm.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        await File.WriteAllTextAsync(installed, $"azurite@{Version}\n");

        return script;
    }
}
