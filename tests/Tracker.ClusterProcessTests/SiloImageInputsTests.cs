using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Tracker.Testing.Paths;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// The silo image's build stage, without a Docker engine: what its Dockerfile copies (less what
/// .dockerignore keeps out) is laid out in an empty folder and published there, as <c>docker build</c>
/// would. A project the silo references but the Dockerfile does not copy fails here, not on a user's machine.
/// </summary>
public sealed partial class SiloImageInputsTests
{
    private const string SiloProject = "silo/Tracker.Silo/Tracker.Silo.csproj";
    private static readonly string Dockerfile = Path.Combine(Repository.Root, "silo", "Tracker.Silo", "Dockerfile");

    /// <summary>The folders .dockerignore keeps out of the build context, at any depth.</summary>
    private static readonly HashSet<string> Ignored = ["bin", "obj", ".tools", "node_modules", "TestResults", ".git", "data"];

    [Fact]
    public void The_Dockerfile_copies_every_project_the_silo_references()
    {
        var copied = BuildStageCopies().SelectMany(c => c.Sources).ToHashSet(StringComparer.Ordinal);
        var missing = ReferencedProjects(Path.Combine(Repository.Root, SiloProject))
            .Select(project => Path.GetRelativePath(Repository.Root, project).Replace('\\', '/'))
            .Where(project => !copied.Any(source => source.EndsWith('/') ? project.StartsWith(source, StringComparison.Ordinal) : project == source))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"The silo's Dockerfile does not copy {string.Join(", ", missing)}.");
    }

    [Fact]
    public async Task The_silo_publishes_from_exactly_what_its_Dockerfile_copies()
    {
        var context = Directory.CreateTempSubdirectory("tracker-image-");
        try
        {
            foreach (var copy in BuildStageCopies())
            {
                foreach (var source in copy.Sources)
                {
                    Place(source, copy.Destination, context.FullName);
                }
            }

            var output = Path.Combine(context.FullName, "app");
            var (exitCode, log) = await RunAsync(context.FullName, "publish", SiloProject, "--configuration", "Release", "--output", output, "-p:UseAppHost=false", "--disable-build-servers");
            Assert.True(exitCode == 0, $"dotnet publish in the image's build context failed:\n{log}");
            Assert.True(File.Exists(Path.Combine(output, "Tracker.Silo.dll")));
            Assert.True(File.Exists(Path.Combine(output, "wwwroot", "index.html")), "The web app is not in the published output.");
        }
        finally
        {
            context.Delete(recursive: true);
        }
    }

    /// <summary>The COPY lines of the build stage (before the second FROM): sources relative to the context, and where they go.</summary>
    private static List<(IReadOnlyList<string> Sources, string Destination)> BuildStageCopies()
    {
        var copies = new List<(IReadOnlyList<string>, string)>();
        var stages = 0;
        foreach (var line in File.ReadAllLines(Dockerfile).Select(l => l.Trim()))
        {
            if (line.StartsWith("FROM ", StringComparison.Ordinal) && ++stages > 1)
            {
                break;
            }

            if (!line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                continue;
            }

            var words = Whitespace().Split(line)[1..];
            Assert.DoesNotContain(words, w => w.StartsWith("--", StringComparison.Ordinal)); // this reading knows plain copies only
            copies.Add((words[..^1], words[^1]));
        }

        return copies;
    }

    /// <summary>Copies a file or folder of the repository into the context as COPY would, leaving out what .dockerignore does.</summary>
    private static void Place(string source, string destination, string context)
    {
        var from = Path.Combine(Repository.Root, source);
        if (source.EndsWith('/'))
        {
            CopyFolder(from, Path.Combine(context, destination));
        }
        else
        {
            var to = destination.EndsWith('/') ? Path.Combine(context, destination, Path.GetFileName(source)) : Path.Combine(context, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !Ignored.Contains(Path.GetFileName(d))))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>The project and every project it references, directly or not.</summary>
    private static HashSet<string> ReferencedProjects(string project, HashSet<string>? seen = null)
    {
        seen ??= new(StringComparer.Ordinal);
        if (!seen.Add(Path.GetFullPath(project)))
        {
            return seen;
        }

        foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
        {
            var path = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
            ReferencedProjects(Path.Combine(Path.GetDirectoryName(project)!, path), seen);
        }

        return seen;
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
