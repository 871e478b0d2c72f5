using YamlDotNet.RepresentationModel;

namespace Tracker.ClusterProcessTests.Infrastructure;

/// <summary>docker-compose.yml read as YAML, with the few views of a service the tests ask about.</summary>
public sealed class ComposeFile
{
    private ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public IReadOnlyDictionary<string, ComposeService> Services =>
        Mapping(Root, "services").Children.ToDictionary(
            entry => Scalar(entry.Key),
            entry => new ComposeService(Scalar(entry.Key), (YamlMappingNode)entry.Value),
            StringComparer.Ordinal);

    /// <summary>Names of the top-level named volumes.</summary>
    public IReadOnlySet<string> Volumes =>
        Root.Children.TryGetValue(new YamlScalarNode("volumes"), out var volumes) && volumes is YamlMappingNode map
            ? map.Children.Keys.Select(Scalar).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    public static ComposeFile Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        return new ComposeFile((YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    internal static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map
            : throw new KeyNotFoundException($"'{key}' is not a mapping here (line {node.Start.Line}).");

    internal static string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidDataException($"Expected a plain value at line {node.Start.Line}.");
}

/// <summary>One service of a compose file.</summary>
public sealed class ComposeService(string name, YamlMappingNode node)
{
    public string Name { get; } = name;

    public string? Image => Optional("image") is { } image ? ComposeFile.Scalar(image) : null;

    public string? Dockerfile => Optional("build") switch
    {
        YamlMappingNode build => build.Children.TryGetValue(new YamlScalarNode("dockerfile"), out var file) ? ComposeFile.Scalar(file) : "Dockerfile",
        YamlScalarNode => "Dockerfile",
        _ => null,
    };

    public string? BuildContext => Optional("build") switch
    {
        YamlMappingNode build => build.Children.TryGetValue(new YamlScalarNode("context"), out var context) ? ComposeFile.Scalar(context) : ".",
        YamlScalarNode context => ComposeFile.Scalar(context),
        _ => null,
    };

    /// <summary>The command as its words, whether written as one string or as a list.</summary>
    public IReadOnlyList<string> Command => Words(Optional("command"));

    /// <summary>The health check's command as its words (after CMD or CMD-SHELL).</summary>
    public IReadOnlyList<string> HealthCheck =>
        Optional("healthcheck") is YamlMappingNode check && check.Children.TryGetValue(new YamlScalarNode("test"), out var test)
            ? Words(test)
            : [];

    /// <summary>Environment variables, written as a mapping or as a list of NAME=value.</summary>
    public IReadOnlyDictionary<string, string> Environment => Optional("environment") switch
    {
        YamlMappingNode map => map.Children.ToDictionary(e => ComposeFile.Scalar(e.Key), e => ComposeFile.Scalar(e.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(ComposeFile.Scalar).Select(item => item.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal),
        null => new Dictionary<string, string>(StringComparer.Ordinal),
        var other => throw new InvalidDataException($"{Name}: environment at line {other.Start.Line} is neither a mapping nor a list."),
    };

    /// <summary>Services this one starts after, written as a list or as a mapping with conditions.</summary>
    public IReadOnlySet<string> DependsOn => (Optional("depends_on") switch
    {
        YamlSequenceNode list => list.Children.Select(ComposeFile.Scalar),
        YamlMappingNode map => map.Children.Keys.Select(ComposeFile.Scalar),
        _ => [],
    }).ToHashSet(StringComparer.Ordinal);

    /// <summary>The volume mounts as written: "source:target[:mode]" or the long form's source and target.</summary>
    public IReadOnlyList<(string Source, string Target)> Volumes => Optional("volumes") is YamlSequenceNode list
        ? [.. list.Children.Select(Mount)]
        : [];

    /// <summary>Published ports: the host port and the container port of each.</summary>
    public IReadOnlyList<(string? HostIp, int HostPort, int ContainerPort)> Ports => Optional("ports") is YamlSequenceNode list
        ? [.. list.Children.Select(Port)]
        : [];

    private YamlNode? Optional(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string[] Words(YamlNode? node) => node switch
    {
        YamlSequenceNode list => [.. list.Children.Select(ComposeFile.Scalar)],
        YamlScalarNode scalar => ComposeFile.Scalar(scalar).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    private (string, string) Mount(YamlNode mount)
    {
        if (mount is YamlMappingNode map)
        {
            return (ComposeFile.Scalar(map.Children[new YamlScalarNode("source")]), ComposeFile.Scalar(map.Children[new YamlScalarNode("target")]));
        }

        var parts = ComposeFile.Scalar(mount).Split(':');
        return parts.Length >= 2 ? (parts[0], parts[1]) : throw new InvalidDataException($"{Name}: volume '{ComposeFile.Scalar(mount)}' names no target.");
    }

    private (string?, int, int) Port(YamlNode port)
    {
        if (port is YamlMappingNode map)
        {
            var hostIp = map.Children.TryGetValue(new YamlScalarNode("host_ip"), out var ip) ? ComposeFile.Scalar(ip) : null;
            return (hostIp, Number(map.Children[new YamlScalarNode("published")]), Number(map.Children[new YamlScalarNode("target")]));
        }

        // [HOST_IP:]HOST_PORT:CONTAINER_PORT[/PROTOCOL]; a lone container port publishes on a random host port.
        var parts = ComposeFile.Scalar(port).Split('/')[0].Split(':');
        return parts.Length switch
        {
            2 => (null, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)),
            3 => (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new InvalidDataException($"{Name}: port '{ComposeFile.Scalar(port)}' does not name a host port."),
        };
    }

    private static int Number(YamlNode node) => int.Parse(ComposeFile.Scalar(node), System.Globalization.CultureInfo.InvariantCulture);
}
