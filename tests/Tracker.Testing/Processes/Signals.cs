using System.Diagnostics;
using System.Globalization;

namespace Tracker.Testing.Processes;

/// <summary>
/// Sends a POSIX signal to one process by its id, through procps' <c>kill</c>: .NET itself sends
/// only SIGKILL, and failure drills need TERM (a clean stop), STOP and CONT (a hang and its end).
/// </summary>
public static class Signals
{
    /// <param name="signal">The signal's name without "SIG": "TERM", "STOP", "CONT", "KILL".</param>
    public static async Task Send(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { $"-{signal}", processId.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("kill did not start");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {processId} failed with code {kill.ExitCode}");
        }
    }
}
