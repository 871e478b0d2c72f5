using System.Diagnostics;

namespace Tracker.Testing.Processes;

/// <summary>
/// One command of installing a test dependency (npm, apt-get): run to its end within a time limit,
/// with what it printed kept to explain a failure.
/// </summary>
public static class InstallCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // apt-get asks no questions of a test run; other installers ignore the variable.
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var cancel = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} {string.Join(' ', arguments)} took longer than {timeout}.");
            }
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }
}
