using System.Net;
using Tracker.Testing.Hosts;

namespace Tracker.Bench.Load;

/// <summary>
/// The host under load: the real silo (Release build output) as a process of its own, so that the
/// generator's work and the host's are apart as they would be in production; or one given by --url.
/// </summary>
public sealed class LoadHost : IAsyncDisposable
{
    private readonly SiloProcess? _process;
    private readonly string? _root;

    private LoadHost(Uri address, SiloProcess? process, string? root, bool baselines)
    {
        Address = address;
        _process = process;
        _root = root;
        Baselines = baselines;
    }

    public Uri Address { get; }

    /// <summary>True when the host maps the Bench:Baselines endpoints.</summary>
    public bool Baselines { get; }

    public string Log => _process?.Log ?? "";

    /// <summary>The host process's working set; null for a --url host.</summary>
    public long? WorkingSetBytes() =>
        _process?.ProcessId is { } id ? System.Diagnostics.Process.GetProcessById(id).WorkingSet64 : null;

    /// <summary>The host process's CPU time so far; null for a --url host.</summary>
    public TimeSpan? ProcessorTime() =>
        _process?.ProcessId is { } id ? System.Diagnostics.Process.GetProcessById(id).TotalProcessorTime : null;

    /// <summary>SIGKILL, then the same host again on the same ports and store; returns once it takes fixes (/health/ingest), which is before its journal's replay ends.</summary>
    public async Task KillAndStart()
    {
        var process = _process ?? throw new InvalidOperationException("a --url host cannot be restarted");
        await process.Kill();
        await process.StartTakingFixes();
    }

    /// <summary>Memory store (storage arguments empty), the file store in a temporary folder, or Azure blobs; <paramref name="extraArgs"/> add settings (a gateway's port).</summary>
    public static async Task<LoadHost> Start(string store, string? azureConnectionString = null, IReadOnlyList<string>? extraArgs = null)
    {
        string? root = null;
        string[] storage = store switch
        {
            "memory" => ["--Storage:Provider=Memory"],
            "file" => ["--Storage:Provider=File", $"--Storage:Root={root = Path.Combine(Path.GetTempPath(), $"tracker-load-{Guid.NewGuid():N}")}"],
            "azurite" => ["--Storage:Provider=AzureBlob", $"--Storage:ConnectionString={azureConnectionString}", $"--Storage:Container=load-{Guid.NewGuid():N}"],
            _ => throw new ArgumentOutOfRangeException(nameof(store), store, "memory, file or azurite"),
        };
        var process = new SiloProcess(storage)
        {
            // SiloProcess checkpoints every 2 s for the tests' sake; a benchmark runs the product's default.
            ExtraArgs = ["--Bench:Baselines=true", "--Journal:CheckpointSeconds=30", "--Logging:LogLevel:Tracker=Warning", .. extraArgs ?? []],
        };
        try
        {
            await process.Start();
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new LoadHost(process.BaseAddress, process, root, baselines: true);
    }

    /// <summary>A running host: its baselines are measured only if it maps them.</summary>
    public static async Task<LoadHost> Existing(Uri address)
    {
        using var api = await LoadApi.Connect(address);
        using var probe = new ByteArrayContent("[]"u8.ToArray());
        probe.Headers.ContentType = new("application/json");
        using var response = await api.Post("/api/v1/bench/parse/lock-fixes", probe, api.Device);
        return new LoadHost(address, null, null, response.StatusCode == HttpStatusCode.Accepted);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
