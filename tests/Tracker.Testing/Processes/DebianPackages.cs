namespace Tracker.Testing.Processes;

/// <summary>
/// Debian packages a test needs (redis-server, chromium, a CJK font), installed with apt-get as
/// root when the machine lacks them, so that a fresh machine runs the tests with no set-up.
/// </summary>
public static class DebianPackages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>Installs each package whose file (one it installs) is missing; all of them in one apt-get call.</summary>
    public static async Task EnsureAsync(params (string Package, string File)[] packages)
    {
        if (Missing(packages).Length == 0)
        {
            return;
        }

        // Test processes run in parallel, and apt takes one installer at a time: one installs while the
        // others wait on this machine-wide lock, then find it done.
        using var installLock = await InstallLock.Acquire(Path.Combine(Path.GetTempPath(), "tracker-apt-install.lock"), Timeout);
        var missing = Missing(packages);
        if (missing.Length == 0)
        {
            return;
        }

        // A fresh machine has no package lists; a stale one names versions the mirror no longer has.
        if (await RunAsync("apt-cache", ["show", .. missing]) is not { ExitCode: 0 })
        {
            await AptAsync("update");
        }

        string[] install = ["install", "-y", "--no-install-recommends", .. missing];
        if (await RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=300", .. install]) is not { ExitCode: 0 })
        {
            await AptAsync("update");
            await AptAsync(install);
        }

        if (Missing(packages) is { Length: > 0 } still)
        {
            throw new InvalidOperationException($"apt-get installed {string.Join(", ", still)}, yet their files are not there.");
        }
    }

    private static string[] Missing((string Package, string File)[] packages) =>
        [.. packages.Where(p => !File.Exists(p.File)).Select(p => p.Package).Distinct()];

    private static async Task AptAsync(params string[] arguments)
    {
        var result = await RunAsync("apt-get", ["-o", "DPkg::Lock::Timeout=300", .. arguments]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"apt-get {string.Join(' ', arguments)} failed with code {result.ExitCode} (test dependencies are installed from Debian's packages as root):\n{result.Output}");
        }
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments) => InstallCommand.RunAsync(file, arguments, Timeout);
}
