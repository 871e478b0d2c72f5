using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Limits;

/// <summary>
/// Budgets live hub method calls per connection: a client subscribing in a loop would otherwise make the
/// host read snapshots from every index shard as fast as it can send.
/// </summary>
public sealed class HubCallLimiter(IOptions<RateLimitOptions> options) : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        connection => RateLimitPartition.GetTokenBucketLimiter(connection, _ => options.Value.Hub.ToBucket()));

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        using var lease = _limiter.AttemptAcquire(invocationContext.Context.ConnectionId);
        if (!lease.IsAcquired)
        {
            var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 1;
            throw new HubException($"Too many calls on this connection; retry after {seconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        return await next(invocationContext);
    }

    public void Dispose() => _limiter.Dispose();
}
