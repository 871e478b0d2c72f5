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
/// <see cref="ConnectionString"/> names both endpoints.
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

    public int TablePort { get; private set; }

    /// <summary>An Azure Storage connection string for both the blob and the table service.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public async Task InitializeAsync()
    {
        var script = await InstallAsync();
        var ports = FreePort.Distinct(3);
        BlobPort = ports[0];
        TablePort = ports[2];
        _location = Path.Combine(Path.GetTempPath(), $"azurite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_location);

        _process = OwnedProcess.Start("node", [
            script,
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
            "--location", _location,
            // The Blob SDK speaks a newer API version than this Azurite knows.
            "--skipApiVersionCheck",
            "--disableTelemetry",
            "--silent",
        ], _output);

        await WaitUntilPortsAnswerAsync();
    }

    public async Task DisposeAsync()
    {
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
