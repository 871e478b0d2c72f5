using Tracker.ClusterProcessTests.Infrastructure;
using Tracker.Testing.Hosts;

namespace Tracker.ClusterProcessTests;

/// <summary>What a silo makes of the Cluster settings before it tries to reach any store.</summary>
public sealed class ClusterSettingsTests
{
    [Fact]
    public async Task A_silo_given_two_membership_stores_refuses_to_start_naming_both()
    {
        // Nothing listens at either address: the silo must stop at the settings, not at a connection.
        await using var silo = new SiloProcess(["--Storage:Provider=Memory"])
        {
            ExtraArgs = [$"--{Membership.RedisKey}=127.0.0.1:1", $"--{Membership.AzureTableKey}=UseDevelopmentStorage=true"],
        };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(silo.Start);

        Assert.Contains("the silo exited", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{Membership.RedisKey} and {Membership.AzureTableKey} are both set", e.Message, StringComparison.Ordinal);
    }
}
