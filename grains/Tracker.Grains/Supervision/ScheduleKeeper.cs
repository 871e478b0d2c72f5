using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tracker.Grains.Supervision;

/// <summary>
/// Keeps the supervision schedule's shards activated: every silo pings them at start and every
/// minute, so after a restart or the loss of their silo they wake up again by themselves. What
/// the last full round of pings answered is the gauge <c>tracker.supervision.watched</c> (meter
/// "Tracker.Supervision"): the open transits whose signal-lost and overdue clocks are live.
/// </summary>
public sealed partial class ScheduleKeeper : BackgroundService
{
    public const string MeterName = "Tracker.Supervision";

    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly IGrainFactory _grains;
    private readonly ILogger<ScheduleKeeper> _logger;

    /// <summary>-1 until every shard has answered once since this host started.</summary>
    private long _watched = -1;

    public ScheduleKeeper(IGrainFactory grains, ILogger<ScheduleKeeper> logger, IMeterFactory meters)
    {
        _grains = grains;
        _logger = logger;
        meters.Create(MeterName).CreateObservableGauge(
            "tracker.supervision.watched", () => Volatile.Read(ref _watched), "{transit}",
            "Open transits the schedule's shards watch, as their last full round of pings answered; -1 until all answered once.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A stop does not wait for a ping to a schedule whose silo died (see LiveFeed).
                var watched = await Task.WhenAll(SupervisionSchedule.AllShards(_grains).Select(s => s.Ping())).WaitAsync(stoppingToken);
                Volatile.Write(ref _watched, watched.Sum());
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
