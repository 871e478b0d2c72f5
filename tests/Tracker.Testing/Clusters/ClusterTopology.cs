using System.Security.Cryptography;

namespace Tracker.Testing.Clusters;

/// <summary>
/// The one definition of what every silo of a multi-process Tracker cluster is configured with:
/// the tests start real processes with it (as command-line arguments) and check docker-compose.yml
/// against it (as environment variables), so the two cannot drift apart.
/// </summary>
public static class ClusterTopology
{
    /// <summary>The host's environment: <c>--environment</c> on the command line, ASPNETCORE_ENVIRONMENT in a container.</summary>
    public const string EnvironmentKey = "environment";

    public const string Production = "Production";

    /// <summary>The blob container every silo of one cluster shares.</summary>
    public const string StorageContainer = "tracker";

    /// <summary>
    /// The settings of one silo. All silos of a cluster share <paramref name="membership"/>, the store
    /// and <paramref name="signingKey"/> (a token issued by one host is checked by the others); each
    /// has its own <paramref name="name"/> (its journal: stable across its restarts, distinct from the
    /// other silos'), its own ports and the address the others reach it at.
    /// </summary>
    /// <param name="name">The silo's name; it names its ingest journal (<c>Journal:Name</c>).</param>
    /// <param name="membership">Where the silos find each other (<c>Cluster:Redis</c> or <c>Cluster:AzureTable</c>).</param>
    /// <param name="storageConnectionString">Azure Storage (or Azurite) connection string.</param>
    /// <param name="siloPort">Silo-to-silo port.</param>
    /// <param name="gatewayPort">Client gateway port.</param>
    /// <param name="advertisedHost">The address or host name the other silos reach this one at.</param>
    /// <param name="devTokens">Whether <c>POST /api/v1/dev/token</c> exists; false in production.</param>
    /// <param name="signingKey">JWT signing key, the same on every silo; 32+ characters.</param>
    /// <param name="urls">The HTTP listen address(es).</param>
    /// <param name="listenOnAnyAddress">Listen on every interface (in a container) rather than on the advertised address.</param>
    /// <param name="container">The shared blob container; a test cluster may take one of its own.</param>
    public static IReadOnlyDictionary<string, string> SiloSettings(
        string name,
        Membership membership,
        string storageConnectionString,
        int siloPort,
        int gatewayPort,
        string advertisedHost,
        bool devTokens,
        string signingKey,
        string urls,
        bool listenOnAnyAddress = false,
        string container = StorageContainer)
    {
        var settings = new Dictionary<string, string>(MemberSettings(name, membership, siloPort, gatewayPort, advertisedHost, devTokens, signingKey, urls, listenOnAnyAddress))
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:Container"] = container,
        };
        return settings;
    }

    /// <summary>
    /// The settings that make a process a member of the cluster, without its store: the benchmark's
    /// scale-out cluster keeps the same membership, ports, journal name and signing key on another store.
    /// The parameters are those of <see cref="SiloSettings"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MemberSettings(
        string name,
        Membership membership,
        int siloPort,
        int gatewayPort,
        string advertisedHost,
        bool devTokens,
        string signingKey,
        string urls,
        bool listenOnAnyAddress = false) =>
        new Dictionary<string, string>
        {
            // The production profile: dev tokens then exist only on loopback (README "Tokens and keys").
            [EnvironmentKey] = Production,
            ["Urls"] = urls,
            [membership.Key] = membership.Connection,
            ["Orleans:SiloPort"] = Invariant(siloPort),
            ["Orleans:GatewayPort"] = Invariant(gatewayPort),
            ["Orleans:AdvertisedHost"] = advertisedHost,
            ["Orleans:ListenOnAnyAddress"] = Invariant(listenOnAnyAddress),
            ["Journal:Name"] = name,
            ["Auth:DevTokens"] = Invariant(devTokens),
            ["Auth:SigningKey"] = signingKey,
            ["Simulator:Enabled"] = "false",
        };

    /// <summary>The settings as the host's command line takes them: <c>--Orleans:SiloPort=11111</c>.</summary>
    public static IReadOnlyList<string> CommandLineArgs(IReadOnlyDictionary<string, string> settings) =>
        [.. settings.Select(setting => $"--{setting.Key}={setting.Value}")];

    /// <summary>The settings as environment variables (compose, containers): <c>Orleans__SiloPort</c>.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentVariables(IReadOnlyDictionary<string, string> settings) =>
        settings.ToDictionary(setting => EnvironmentName(setting.Key), setting => setting.Value, StringComparer.Ordinal);

    /// <summary>A configuration key as an environment variable name: sections joined by a double underscore.</summary>
    public static string EnvironmentName(string key) =>
        key == EnvironmentKey ? "ASPNETCORE_ENVIRONMENT" : key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>A fresh signing key for one test cluster (every silo of it gets the same).</summary>
    public static string NewSigningKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Invariant(bool value) => value ? "true" : "false";
}
