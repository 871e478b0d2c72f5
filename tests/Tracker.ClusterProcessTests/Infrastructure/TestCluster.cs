using Tracker.Testing.Hosts;
using Tracker.Testing.Processes;

namespace Tracker.ClusterProcessTests.Infrastructure;

/// <summary>
/// One test's cluster: its silos share the collection's membership store and Azurite, one
/// signing key and one tenant (so that its transits are its own), each with the
/// <see cref="ClusterTopology"/> settings. It is a cluster of its own in the shared membership
/// store (its own cluster id) and keeps its own blob container: a silo an earlier test killed is
/// still "active" there, a newcomer waits to reach every active silo before joining, and its
/// journal would be taken over here.
/// </summary>
public sealed class TestCluster(Membership membership, AzuriteProcess azurite)
{
    private readonly string _signingKey = ClusterTopology.NewSigningKey();

    public string Tenant { get; } = $"t{Guid.NewGuid():N}"[..10];

    /// <summary>
    /// A silo of this cluster, not yet started. <paramref name="probeTimeout"/> is how long its
    /// membership waits on a probe: short, a killed peer is declared dead within seconds; long,
    /// the window in which a dead peer still counts as alive is long too. <paramref name="extra"/>
    /// come last, as <c>--Section:Key=value</c>.
    /// </summary>
    public SiloProcess Silo(string name, TimeSpan probeTimeout, params string[] extra)
    {
        var silo = new SiloProcess([]);
        var settings = ClusterTopology.SiloSettings(
            $"{Tenant}-{name}", membership, azurite.ConnectionString, silo.SiloPort, silo.GatewayPort,
            "127.0.0.1", devTokens: true, _signingKey, silo.BaseAddress.ToString().TrimEnd('/'), container: Tenant);
        silo.ExtraArgs = [
            .. ClusterTopology.CommandLineArgs(settings),
            $"--Orleans:ClusterId={Tenant}",
            $"--Orleans:ProbeTimeoutSeconds={probeTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            .. extra];
        return silo;
    }
}
