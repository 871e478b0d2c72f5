using System.Globalization;
using Tracker.Bench.Load;
using Tracker.Testing.Clusters;
using Tracker.Testing.Hosts;
using Tracker.Testing.Processes;
using Tracker.Testing.Waiting;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// A cluster of its own for one half of the scenario: a fresh redis-server for its membership and one or
/// more Release silo processes with the memory store, each with its own ports and ingest journal
/// (<see cref="ClusterTopology.MemberSettings"/>, as the two-silo process tests configure theirs).
/// Disposing it stops every process it started, silos first, whether or not the run got that far.
/// </summary>
public sealed class ScaleCluster : IAsyncDisposable
{
    private readonly RedisProcess _redis = new();
    private readonly List<SiloProcess> _silos = [];
    private readonly List<LoadApi> _apis = [];

    private ScaleCluster()
    {
    }

    /// <summary>One API per silo, in the order they started (the first opened the cluster).</summary>
    public IReadOnlyList<LoadApi> Apis => _apis;

    public string Logs => string.Join("\n", _silos.Select((s, i) => $"--- silo {i}\n{s.Log}"));

    public static async Task<ScaleCluster> Start(int silos)
    {
        var cluster = new ScaleCluster();
        try
        {
            await cluster._redis.InitializeAsync();
            var membership = Membership.Redis(cluster._redis.ConnectionString);
            var signingKey = ClusterTopology.NewSigningKey();
            var clusterId = $"scale{silos}-{Guid.NewGuid():N}"[..16];
            for (var i = 0; i < silos; i++)
            {
                // One at a time, as TwoSiloClusterTests do: the first opens the cluster, the next joins it.
                var silo = new SiloProcess([]);
                cluster._silos.Add(silo);
                var settings = ClusterTopology.MemberSettings(
                    $"scale-{i}", membership, silo.SiloPort, silo.GatewayPort, "127.0.0.1", devTokens: true, signingKey, silo.BaseAddress.ToString().TrimEnd('/'));
                silo.ExtraArgs = [
                    .. ClusterTopology.CommandLineArgs(settings),
                    $"--Orleans:ClusterId={clusterId}",

                    // Orleans' memory grain storage keeps state in storage grains of the cluster, which every
                    // silo reaches; the run measures the silos, not a store process sharing their 2 cores.
                    "--Storage:Provider=Memory",

                    // As LoadHost runs the single host: the product's checkpoint interval, quiet logs.
                    "--Journal:CheckpointSeconds=30",
                    "--Logging:LogLevel:Tracker=Warning"];
                await silo.Start();
                cluster._apis.Add(await LoadApi.Connect(silo.BaseAddress));
                RunLog.Say($"silo {i} of {silos} ready at {silo.BaseAddress} (silo port {silo.SiloPort})");
            }

            await cluster.UntilEverySiloSeesAll(silos);
            return cluster;
        }
        catch
        {
            Console.Error.WriteLine(cluster.Logs);
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Lock grain activations per silo, from the dashboard's counters: random placement should spread them
    /// about evenly, which is what makes half the grain calls cross from one silo to the other.
    /// </summary>
    public Task<IReadOnlyList<int>> LockActivations() => ClusterCounters.LockActivations(_apis[0]);

    public async ValueTask DisposeAsync()
    {
        _apis.ForEach(a => a.Dispose());
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    /// <summary>
    /// A joining silo is ready once membership lists it active, but the others learn of it a little later;
    /// until they do, they place every new grain on themselves and the split would not be the one measured.
    /// </summary>
    private async Task UntilEverySiloSeesAll(int silos)
    {
        foreach (var api in _apis)
        {
            await Eventually.True(
                async () => await ClusterCounters.ActiveSilos(api) == silos,
                TimeSpan.FromSeconds(60),
                string.Create(CultureInfo.InvariantCulture, $"{api.Address} to list {silos} active silos"));
        }
    }
}
