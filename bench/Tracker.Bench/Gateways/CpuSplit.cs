using System.Diagnostics;
using Tracker.Bench.Load;

namespace Tracker.Bench.Gateways;

/// <summary>
/// CPU time of the host and of the bench over one phase: both share the 2 cores, so a path that costs the
/// generator more per fix (a TCP round trip per fix against one HTTP call per 500) shows where its time went.
/// </summary>
public sealed class CpuSplit(LoadHost host)
{
    private readonly TimeSpan? _host = host.ProcessorTime();
    private readonly TimeSpan _bench = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string Since(long fixes)
    {
        var bench = (Process.GetCurrentProcess().TotalProcessorTime - _bench).TotalSeconds;
        var hostSeconds = host.ProcessorTime() is { } now && _host is { } then ? (now - then).TotalSeconds : double.NaN;
        var n = Math.Max(fixes, 1);
        return $"CPU over its {_clock.Elapsed.TotalSeconds:0.0} s: host {hostSeconds:0.0} s ({hostSeconds * 1e6 / n:0} µs a fix), bench {bench:0.0} s ({bench * 1e6 / n:0} µs a fix)";
    }
}
