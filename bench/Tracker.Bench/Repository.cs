namespace Tracker.Bench;

public static class Repository
{
    /// <summary>The folder holding Tracker.sln, found upwards from the benchmark's output folder.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Tracker.sln above {AppContext.BaseDirectory}: cannot tell where the repository is.");
    }
}
