using Tracker.Testing.Hosts;

namespace Tracker.ClusterProcessTests;

/// <summary>
/// The silo image's own settings (every interface, Production) run without the compose environment
/// (issue 13 item 5): the process refuses to start, naming the setting, before anything listens.
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task The_image_run_without_a_signing_key_refuses_to_start_even_with_dev_tokens_asked_for()
    {
        // SiloProcess asks for dev tokens (--Auth:DevTokens=true); the image's address and environment come last.
        await using var silo = new SiloProcess(["--Storage:Provider=Memory"])
        {
            ExtraArgs = ["--urls=http://0.0.0.0:8080", $"--{ClusterTopology.EnvironmentKey}={ClusterTopology.Production}"],
        };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(silo.Start);

        Assert.Contains("the silo exited with 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("Tracker refuses to start: Auth:SigningKey must be set", e.Message, StringComparison.Ordinal);
        Assert.Contains("http://0.0.0.0:8080", e.Message, StringComparison.Ordinal);
    }
}
