using System.Globalization;

namespace Tracker.Bench.Browser;

/// <summary>The machine is shared: its load average beside each figure explains an outlier.</summary>
public static class LoadAverage
{
    /// <summary>The one-minute load average from /proc/loadavg.</summary>
    public static double Now() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
