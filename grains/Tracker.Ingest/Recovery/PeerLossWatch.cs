using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Tracker.Ingest.Checkpoints;

namespace Tracker.Ingest.Recovery;

/// <summary>
/// Replays this silo's journal as soon as membership declares a silo dead, so the grains that
/// move off it get back the acknowledged reports they held in memory within seconds, not at the
/// next checkpoint. (The checkpoint checks again before it retires anything, so a missed update
/// delays recovery but never loses a report.)
/// </summary>
public sealed partial class PeerLossWatch(IClusterMembershipService membership, CheckpointService checkpoints, ILogger<PeerLossWatch> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var known = ClusterMembers.Dead(membership.CurrentSnapshot).ToHashSet();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var dead = ClusterMembers.Dead(snapshot).ToList();
                if (dead.All(known.Contains))
                {
                    continue;
                }

                known.UnionWith(dead);
                await Recover(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task Recover(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await checkpoints.RecoverLostPeers(stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Right after a death the cluster is still settling (the checkpoint clock may be moving).
                LogRetrying(e);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replay after a lost silo failed; trying again")]
    private partial void LogRetrying(Exception exception);
}
