using System.Diagnostics;
using System.Text;

namespace Tracker.Testing.Processes;

/// <summary>What a server started by a fixture printed, kept to explain a failed start.</summary>
public sealed class ProcessLog
{
    private readonly StringBuilder _lines = new();

    /// <summary>Collects the process's output and error streams; call before it prints.</summary>
    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return _lines.ToString();
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.AppendLine(line);
            }
        }
    }
}
