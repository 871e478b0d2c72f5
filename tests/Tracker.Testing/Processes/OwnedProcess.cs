using System.Diagnostics;

namespace Tracker.Testing.Processes;

/// <summary>Stopping a server a test fixture started: exactly that process, and its scratch folder.</summary>
public static class OwnedProcess
{
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
