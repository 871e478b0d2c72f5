using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tracker.Grains.Supervision;

/// <summary>
/// Keeps the supervision schedule's shards activated: every silo pings them at start and every
/// minute, so after a restart or the loss of their silo they wake up again by themselves.
/// </summary>
public sealed partial class ScheduleKeeper(IGrainFactory grains, ILogger<ScheduleKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A stop does not wait for a ping to a schedule whose silo died (see LiveFeed).
                await Task.WhenAll(SupervisionSchedule.AllShards(grains).Select(s => s.Ping())).WaitAsync(stoppingToken);
                await Task.Delay(Every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                LogPingFailed(e);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Supervision schedule not reachable yet; retrying")]
    private partial void LogPingFailed(Exception exception);
}
