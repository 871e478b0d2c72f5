using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tracker.Grains.Supervision;

/// <summary>
/// Keeps the supervision schedule activated: every silo pings it at start and every minute,
/// so after a restart or the loss of its silo the schedule wakes up again by itself.
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
                await grains.GetGrain<ISupervisionScheduleGrain>(0).Ping().WaitAsync(stoppingToken);
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
