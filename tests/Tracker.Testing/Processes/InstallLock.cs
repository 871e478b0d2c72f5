using System.Diagnostics;

namespace Tracker.Testing.Processes;

/// <summary>
/// A machine-wide lock around installing a test dependency (npm, apt), so that test processes
/// running in parallel install it once instead of racing each other.
/// </summary>
public static class InstallLock
{
    public static async Task<FileStream> Acquire(string path, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < timeout)
            {
                await Task.Delay(500);
            }
        }
    }
}
