namespace Tracker.Silo.Tracks;

/// <summary>
/// How written track data is made to survive a power loss. A seam: no test can pull the plug, so
/// the storage tests put a recorder here and check what is synced, and when.
/// </summary>
internal interface IDiskSync
{
    /// <summary>Returns once the file's written bytes are on disk.</summary>
    void File(FileStream file);

    /// <summary>Returns once the directory's entries (the names of files created in it) are on disk.</summary>
    void Directory(string path);
}
