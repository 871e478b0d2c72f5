using System.Diagnostics;
using Tracker.Bench.Browser;

namespace Tracker.Bench.Load;

/// <summary>Progress lines with the time into the run and the machine's load average: it is shared, and an outlier shows beside its cause.</summary>
public static class RunLog
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static TimeSpan Elapsed => Clock.Elapsed;

    public static void Say(string line) => Console.WriteLine($"[{Clock.Elapsed:mm\\:ss} load {LoadAverage.Now():0.0}] {line}");
}
