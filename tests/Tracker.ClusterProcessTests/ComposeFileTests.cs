using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Paths;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// docker-compose.yml at the repository root, read as compose reads it: what a user gets from
/// <c>docker compose up</c>. No Docker engine runs here, so the file is checked, not started; the
/// silo settings are held against <see cref="ClusterTopology"/>, the definition the process tests run.
/// </summary>
public sealed partial class ComposeFileTests
{
    private const string SiloDockerfile = "silo/Tracker.Silo/Dockerfile";
    private const int ContainerHttpPort = 8080;
    private const int DefaultAzuriteBlobPort = 10000;
    private const int DefaultAzuriteTablePort = 10002;

    private static readonly ComposeFile Compose = ComposeFile.Load(Path.Combine(Repository.Root, "docker-compose.yml"));

    private static IReadOnlyList<ComposeService> Silos =>
        [.. Compose.Services.Values.Where(s => s.Dockerfile == SiloDockerfile).OrderBy(s => s.Name, StringComparer.Ordinal)];

    private static ComposeService Azurite => Compose.Services.TryGetValue("azurite", out var azurite) ? azurite : throw new Xunit.Sdk.XunitException("docker-compose.yml has no azurite service.");

    [Fact]
    public void Azurite_keeps_its_blobs_and_tables_on_a_named_volume_and_serves_them_to_the_other_containers()
    {
        Assert.StartsWith("mcr.microsoft.com/azure-storage/azurite", Azurite.Image, StringComparison.Ordinal);
        var command = Azurite.Command;
        Assert.Equal("azurite", command[0]); // all services: azurite-blob would serve no membership table
        Assert.Contains("--skipApiVersionCheck", command); // the Blob SDK speaks a newer API version than Azurite
        Assert.Equal("0.0.0.0", Option(command, "--blobHost")); // not loopback: the silos reach it over the compose network
        Assert.Equal("0.0.0.0", Option(command, "--tableHost"));
        var location = Option(command, "--location") ?? Option(command, "-l");
        Assert.NotNull(location);
        Assert.Contains(Azurite.Volumes, v => v.Target == location && Compose.Volumes.Contains(v.Source));
    }

    [Fact]
    public void Azurite_tables_hold_the_cluster_membership_and_no_redis_runs()
    {
        Assert.DoesNotContain(Compose.Services.Values, s => s.Image?.StartsWith("redis", StringComparison.Ordinal) == true);
        Assert.All(Silos, silo =>
        {
            Assert.False(silo.Environment.ContainsKey(ClusterTopology.EnvironmentName(Membership.RedisKey)), $"{silo.Name} names a Redis membership too.");
            Assert.Contains(ClusterTopology.EnvironmentName(Membership.AzureTableKey), silo.Environment.Keys);
        });
    }

    [Fact]
    public void At_least_two_silos_are_built_from_the_silo_Dockerfile_with_the_whole_repository_as_context()
    {
        Assert.True(Silos.Count >= 2, $"docker-compose.yml builds {Silos.Count} silo(s) from {SiloDockerfile}; a cluster needs two or more.");
        foreach (var silo in Silos)
        {
            Assert.Equal(Repository.Root, Path.GetFullPath(Path.Combine(Repository.Root, silo.BuildContext!)).TrimEnd(Path.DirectorySeparatorChar));
        }

        var dockerfile = File.ReadAllText(Path.Combine(Repository.Root, SiloDockerfile));
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\b", dockerfile);
        Assert.Matches(@"(?m)^\s*ASPNETCORE_ENVIRONMENT=Production\b", dockerfile);
        foreach (var needed in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "grains/", "api/", "sim/", "silo/", "web/" })
        {
            Assert.Matches($@"(?m)^COPY .*(?<=[ ]){Regex.Escape(needed)}[ ]", dockerfile);
        }
    }

    [Fact]
    public void Every_silo_runs_with_exactly_the_cluster_settings_of_a_production_run()
    {
        foreach (var silo in Silos)
        {
            var environment = silo.Environment;
            var expected = ClusterTopology.EnvironmentVariables(ClusterTopology.SiloSettings(
                name: silo.Name,
                membership: Membership.AzureTable(Value(silo, Membership.AzureTableKey)),
                storageConnectionString: Value(silo, "Storage:ConnectionString"),
                siloPort: Port(Value(silo, "Orleans:SiloPort")),
                gatewayPort: Port(Value(silo, "Orleans:GatewayPort")),
                advertisedHost: silo.Name,
                devTokens: false,
                signingKey: Value(silo, "Auth:SigningKey"),
                urls: $"http://0.0.0.0:{ContainerHttpPort}",
                listenOnAnyAddress: true));

            var missing = expected.Keys.Where(key => !environment.ContainsKey(key)).ToList();
            Assert.True(missing.Count == 0, $"{silo.Name} lacks {string.Join(", ", missing)}.");
            foreach (var (key, value) in expected)
            {
                Assert.True(value == environment[key], $"{silo.Name}: {key} is '{environment[key]}', a production silo runs with '{value}'.");
            }

            // Spelled out, as a reader of the compose file would check them.
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("false", environment["Auth__DevTokens"]);
            Assert.Equal("false", environment["Simulator__Enabled"]);
            Assert.Equal("AzureBlob", environment["Storage__Provider"]);
            Assert.Equal("true", environment["Orleans__ListenOnAnyAddress"]);
            Assert.NotEqual(environment["Orleans__SiloPort"], environment["Orleans__GatewayPort"]);
        }
    }

    [Fact]
    public void The_signing_key_is_required_from_the_environment_and_shared_by_every_silo()
    {
        var keys = Silos.Select(silo => Value(silo, "Auth:SigningKey")).Distinct(StringComparer.Ordinal).ToList();
        var key = Assert.Single(keys);
        // ${NAME:?message}: compose refuses to start when the variable is unset or empty.
        Assert.Matches(RequiredVariable(), key);
    }

    [Fact]
    public void Silos_reach_azurite_blobs_and_tables_by_its_service_name()
    {
        var blobPort = Option(Azurite.Command, "--blobPort") is { } blob ? Port(blob) : DefaultAzuriteBlobPort;
        var tablePort = Option(Azurite.Command, "--tablePort") is { } table ? Port(table) : DefaultAzuriteTablePort;
        foreach (var silo in Silos)
        {
            AssertEndpoint(Value(silo, "Storage:ConnectionString"), "BlobEndpoint", blobPort);
            AssertEndpoint(Value(silo, Membership.AzureTableKey), "TableEndpoint", tablePort);
        }

        static void AssertEndpoint(string connectionString, string endpointKey, int port)
        {
            var connection = new DbConnectionStringBuilder { ConnectionString = connectionString };
            var endpoint = new Uri((string)connection[endpointKey]);
            Assert.Equal(Azurite.Name, endpoint.Host);
            Assert.Equal(port, endpoint.Port);
            Assert.Equal($"/{connection["AccountName"]}", endpoint.AbsolutePath.TrimEnd('/'));
        }
    }

    [Fact]
    public void Each_silo_has_its_own_journal_and_its_own_address()
    {
        var journals = Silos.Select(silo => Value(silo, "Journal:Name")).ToList();
        var hosts = Silos.Select(silo => Value(silo, "Orleans:AdvertisedHost")).ToList();
        Assert.Equal(journals.Count, journals.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(hosts.Count, hosts.Distinct(StringComparer.Ordinal).Count());

        // The other silos resolve the advertised host on the compose network: it must be a service name.
        Assert.All(hosts, host => Assert.Contains(host, Compose.Services.Keys));
    }

    [Fact]
    public void Silos_start_after_azurite()
    {
        Assert.All(Silos, silo => Assert.Contains(Azurite.Name, silo.DependsOn));
    }

    [Fact]
    public void Each_silo_publishes_its_http_port_on_a_host_port_of_its_own()
    {
        var hostPorts = new List<int>();
        foreach (var silo in Silos)
        {
            var published = Assert.Single(silo.Ports, p => p.ContainerPort == ContainerHttpPort);
            Assert.Equal($"http://0.0.0.0:{ContainerHttpPort}", Value(silo, "Urls"));
            hostPorts.Add(published.HostPort);
        }

        Assert.Equal(hostPorts.Count, hostPorts.Distinct().Count());
    }

    [Fact]
    public void Silos_are_healthy_only_when_ready()
    {
        Assert.All(Silos, silo =>
            Assert.Contains(silo.HealthCheck, word => word.Contains($":{ContainerHttpPort}/health/ready", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_image_build_leaves_out_build_outputs_and_local_state()
    {
        var patterns = File.ReadAllLines(Path.Combine(Repository.Root, ".dockerignore"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var folder in new[] { "bin", "obj", ".tools", "node_modules", "TestResults" })
        {
            Assert.True(patterns.Contains($"**/{folder}"), $".dockerignore does not leave out {folder}/ at every depth.");
        }

        // Local runs' file stores; web/ keeps any data folder of its own.
        Assert.Contains("data", patterns);
        Assert.Contains("silo/*/data", patterns);
        Assert.Contains(".git", patterns);
    }

    /// <summary>A setting's value in a silo's environment, by its configuration key.</summary>
    private static string Value(ComposeService silo, string key) =>
        silo.Environment.TryGetValue(ClusterTopology.EnvironmentName(key), out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"{silo.Name} does not set {ClusterTopology.EnvironmentName(key)}.");

    private static string? Option(IReadOnlyList<string> command, string name)
    {
        var index = command.ToList().IndexOf(name);
        return index >= 0 && index + 1 < command.Count ? command[index + 1] : null;
    }

    private static int Port(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new Xunit.Sdk.XunitException($"'{value}' is not a port.");

    [GeneratedRegex(@"^\$\{[A-Z_][A-Z0-9_]*:\?[^}]*\}$")]
    private static partial Regex RequiredVariable();
}
