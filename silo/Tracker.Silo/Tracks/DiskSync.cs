using System.Runtime.InteropServices;

namespace Tracker.Silo.Tracks;

/// <summary>The real <see cref="IDiskSync"/>: fsync(2) of the file, and of the directory.</summary>
internal sealed class DiskSync : IDiskSync
{
    public static readonly DiskSync Instance = new();

    private const int ReadOnly = 0;

    public void File(FileStream file) => file.Flush(flushToDisk: true);

    // .NET refuses to open a directory as a file, so the directory is opened and synced through libc.
    public void Directory(string path)
    {
        // Windows has no fsync for a directory: NTFS journals its entries with the file's metadata.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(path, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open {path} to sync it to disk (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Could not sync {path} to disk (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
