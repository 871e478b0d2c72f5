using System.Diagnostics;
using System.Net.Sockets;

namespace Tracker.Testing.Processes;

/// <summary>
/// Starting a server for a test fixture with its output kept, and stopping what it started: exactly
/// that process, and its scratch folder.
/// </summary>
public static class OwnedProcess
{
    public static Process Start(string file, IEnumerable<string> arguments, ProcessLog output, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        output.Attach(process);
        return process;
    }

    /// <summary>
    /// Waits until <paramref name="answers"/> finds the server up. Fails at once, with what the server
    /// printed, if it exits, and after <paramref name="timeout"/> if it never answers.
    /// </summary>
    /// <param name="name">The server as the failure names it, e.g. "redis-server on port 6380".</param>
    public static async Task WaitUntilAnswering(Process process, string name, ProcessLog output, TimeSpan timeout, Func<Task<bool>> answers)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} at start:\n{output}");
            }

            try
            {
                if (await answers())
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or IOException or TimeoutException)
            {
            }

            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"{name} did not answer within {timeout}:\n{output}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task Stop(Process? process, string? folder)
    {
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill();
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the kill.
            }
            catch (TimeoutException)
            {
                // Killed but slow to be reaped: nothing more to do.
            }

            process.Dispose();
        }

        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying process: the temp folder is cleaned by the OS later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
