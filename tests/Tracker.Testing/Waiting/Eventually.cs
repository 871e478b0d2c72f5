using Xunit;

namespace Tracker.Testing.Waiting;

/// <summary>Waits for what a running system does in its own time: recovery, failover, a checkpoint.</summary>
public static class Eventually
{
    /// <summary>
    /// Polls <paramref name="condition"/> until it holds, failing after <paramref name="within"/>
    /// with <paramref name="what"/>. A request refused or timed out meanwhile (a host starting, a
    /// silo not yet declared dead) counts as "not yet".
    /// </summary>
    public static async Task True(Func<Task<bool>> condition, TimeSpan within, Func<string> what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(what);
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        Assert.Fail($"not reached in {within.TotalSeconds:0} s: {what()}");
    }

    public static Task True(Func<Task<bool>> condition, TimeSpan within, string what) => True(condition, within, () => what);

    public static Task True(Func<bool> condition, TimeSpan within, Func<string> what) => True(() => Task.FromResult(condition()), within, what);
}
