using System.Globalization;

namespace Tracker.Bench.Browser;

/// <summary>
/// CPU time of Chromium's whole process tree (browser, renderer, GPU process running SwiftShader,
/// workers), read from /proc: the main-thread figure alone misses the work done elsewhere, and
/// this machine has only two cores to share among all of it.
/// </summary>
public static class BrowserCpu
{
    // Linux reports process times in clock ticks of 1/100 s on every platform .NET runs on here.
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU used so far by every process whose command line holds marker, and their descendants.</summary>
    public static double Seconds(string marker)
    {
        var processes = new Dictionary<int, (int Parent, double Seconds)>();
        var roots = new HashSet<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // The command name in parentheses may hold spaces: fields are counted after its closing parenthesis.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                processes[pid] = (parent, ticks / TicksPerSecond);
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(marker, StringComparison.Ordinal))
                {
                    roots.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        var total = 0.0;
        foreach (var (pid, process) in processes)
        {
            for (var ancestor = pid; ancestor > 1 && processes.ContainsKey(ancestor); ancestor = processes[ancestor].Parent)
            {
                if (roots.Contains(ancestor))
                {
                    total += process.Seconds;
                    break;
                }
            }
        }

        return total;
    }
}
