using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Tracker.Bench.Load;

/// <summary>What the figures were measured on: the machine is shared, so its load goes beside them.</summary>
public sealed record Machine(int Cores, double MemoryGiB, string Os, string Runtime, string LoadAverage)
{
    public static Machine Now() => new(
        Environment.ProcessorCount,
        MemTotalKiB() / (1024.0 * 1024.0),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)));

    /// <summary>HEAD of the repository, marked when the work tree has changes of its own.</summary>
    public static string Commit()
    {
        var head = Git("rev-parse HEAD");
        return Git("status --porcelain --untracked-files=no").Length > 0 ? head + " (with uncommitted changes)" : head;
    }

    private static double MemTotalKiB()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static string Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, UseShellExecute = false };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
