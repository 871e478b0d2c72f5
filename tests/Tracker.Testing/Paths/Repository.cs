namespace Tracker.Testing.Paths;

/// <summary>Where things are in this repository, as tests on this machine find them.</summary>
public static class Repository
{
    /// <summary>The folder holding Tracker.sln, found upwards from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The silo as built beside this test (same configuration), to start as its own process.</summary>
    public static string SiloDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "silo", "Tracker.Silo", "bin", configuration, "net10.0", "Tracker.Silo.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tracker.sln not found above " + AppContext.BaseDirectory);
    }
}
