using System.Diagnostics;

namespace Tracker.Bench.MapChoice;

/// <summary>
/// The map libraries under test, installed with npm at pinned versions into the git-ignored
/// <c>.tools/map-choice</c> of the repository, once per machine, so the pages need no CDN.
/// </summary>
public static class MapLibraries
{
    public static readonly string[] Packages = ["leaflet@1.9.4", "maplibre-gl@6.17.0", "world-atlas@2.0.2", "topojson-client@3.1.0"];

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The node_modules folder holding the packages, installing them first if they are missing.</summary>
    public static async Task<string> Install()
    {
        var directory = Path.Combine(Repository.Root, ".tools", "map-choice");
        var modules = Path.Combine(directory, "node_modules");

        // Written only after npm succeeded, and named for the exact versions, so an install cut
        // short or of other versions is redone rather than used.
        var installed = Path.Combine(directory, ".installed-" + string.Join('+', Packages).Replace('@', '-'));
        if (File.Exists(installed))
        {
            return modules;
        }

        Console.WriteLine($"map-choice: npm install {string.Join(' ', Packages)} into {directory}");
        Directory.CreateDirectory(directory);
        var install = new ProcessStartInfo("npm") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["install", "--prefix", directory, "--no-audit", "--no-fund", .. Packages])
        {
            install.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(install) ?? throw new InvalidOperationException("Could not start npm.");
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
                throw new TimeoutException($"npm install took longer than {InstallTimeout}.");
            }
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install failed with code {npm.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        await File.WriteAllTextAsync(installed, string.Join('\n', Packages) + "\n");
        return modules;
    }
}
