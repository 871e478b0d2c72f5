namespace Tracker.Silo.Hosting;

/// <summary>Where the silos of a cluster find each other: the "Cluster" section names one store.</summary>
public sealed record ClusterMembership(MembershipStore Store, string Connection)
{
    public const string RedisKey = "Cluster:Redis";
    public const string AzureTableKey = "Cluster:AzureTable";

    /// <summary>The configured store, or null for a single process (localhost clustering).</summary>
    public static ClusterMembership? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var redis = configuration[RedisKey] is { Length: > 0 } r ? new ClusterMembership(MembershipStore.Redis, r) : null;
        var table = configuration[AzureTableKey] is { Length: > 0 } t ? new ClusterMembership(MembershipStore.AzureTable, t) : null;

        // Silos reading two stores could form two clusters over one set of grains.
        if (redis is not null && table is not null)
        {
            throw new InvalidOperationException($"{RedisKey} and {AzureTableKey} are both set: a cluster keeps its membership in one store, set only one.");
        }

        return redis ?? table;
    }

    /// <summary>The store only: a connection string may carry an account key, and this may end up in a log.</summary>
    public override string ToString() => Store.ToString();
}

public enum MembershipStore
{
    /// <summary>Redis (<c>host:port</c>, a StackExchange.Redis configuration string).</summary>
    Redis,

    /// <summary>Azure Table Storage (an Azure Storage or Azurite connection string with a table endpoint).</summary>
    AzureTable,
}
