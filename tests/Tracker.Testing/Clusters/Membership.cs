namespace Tracker.Testing.Clusters;

/// <summary>The one setting that tells a silo where its cluster's membership is kept.</summary>
/// <param name="Key">The configuration key, as a user writes it.</param>
/// <param name="Connection">Its value: where the store is.</param>
public sealed record Membership(string Key, string Connection)
{
    public const string RedisKey = "Cluster:Redis";
    public const string AzureTableKey = "Cluster:AzureTable";

    /// <summary>Redis membership; <paramref name="configuration"/> is <c>host:port</c>.</summary>
    public static Membership Redis(string configuration) => new(RedisKey, configuration);

    /// <summary>Azure Table membership; <paramref name="connectionString"/> names a table endpoint.</summary>
    public static Membership AzureTable(string connectionString) => new(AzureTableKey, connectionString);

    /// <summary>Which store, for reports: "Redis" or "AzureTable".</summary>
    public string Store => Key["Cluster:".Length..];

    public override string ToString() => Store;
}
