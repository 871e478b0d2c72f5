namespace Tracker.Bench.Browser;

/// <summary>What one page did in its measured window.</summary>
/// <param name="Timestamps">requestAnimationFrame timestamps, ms.</param>
/// <param name="MainThreadMs">Renderer main-thread task time in the window (CDP Performance TaskDuration).</param>
/// <param name="PageWorkMs">Time spent in the page's own marker code (interpolating, building data, calling the library).</param>
/// <param name="ScreenUpdates">New sets of marker positions that reached the screen.</param>
/// <param name="BrowserCpuSeconds">CPU time of all Chromium processes in the window.</param>
/// <param name="LoadAverage">The machine's one-minute load average at the end: it is shared, and a high one explains outliers.</param>
public sealed record Measurement(
    string Variant,
    int Markers,
    int Run,
    double[] Timestamps,
    double MainThreadMs,
    double PageWorkMs,
    int ScreenUpdates,
    double BrowserCpuSeconds,
    double LoadAverage)
{
    public double DurationMs => Timestamps[^1] - Timestamps[0];

    public int Frames => Timestamps.Length - 1;

    private double[] SortedIntervals => [.. Timestamps.Zip(Timestamps.Skip(1), (a, b) => b - a).Order()];

    /// <summary>1000 / the median frame interval.</summary>
    public double MedianFps => 1000 / Percentile(SortedIntervals, 0.50);

    /// <summary>1000 / the 95th-percentile frame interval: the rate of the slowest 5 % of frames.</summary>
    public double P5Fps => 1000 / Percentile(SortedIntervals, 0.95);

    public double MeanFps => Frames * 1000 / DurationMs;

    public double MainThreadMsPerFrame => MainThreadMs / Frames;

    public double PageWorkMsPerFrame => PageWorkMs / Frames;

    public double ScreenUpdatesPerSecond => ScreenUpdates * 1000 / DurationMs;

    /// <summary>Cores' worth of CPU the browser used: at most 2 on this machine.</summary>
    public double BrowserCores => BrowserCpuSeconds * 1000 / DurationMs;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
